import type { CollectionBeforeChangeHook } from 'payload'
import { newEmbargoLinkToken } from '@/documents/embargoLinkToken'

/** The token is made here, once, and never taken from input: nobody can choose a guessable one. */
export const assignToken: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.token = newEmbargoLinkToken()
    data.createdBy = req.user?.id ?? null
  } else {
    data.token = originalDoc?.token
    data.createdBy = originalDoc?.createdBy
  }
  return data
}
