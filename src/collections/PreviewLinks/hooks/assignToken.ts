import type { CollectionBeforeChangeHook } from 'payload'
import { newPreviewToken } from '@/documents/previewLinkToken'

/** The token is made here, once, and never taken from input: nobody can choose a guessable one. */
export const assignToken: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.token = newPreviewToken()
    data.createdBy = req.user?.id ?? null
  } else {
    data.token = originalDoc?.token
    data.createdBy = originalDoc?.createdBy
  }
  return data
}
