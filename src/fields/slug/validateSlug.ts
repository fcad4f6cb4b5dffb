import type { CollectionSlug, Validate } from 'payload'
import { validationMessage } from '@/i18n/validationMessage'
import { findSlugOwner } from './findSlugOwner'
import { SLUG_PATTERN } from '@/lib/slugify'

export const validateSlug: Validate<string> = async (value, { req, id, collectionSlug }) => {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return validationMessage(req, 'slug')
  }
  if (
    req?.payload &&
    collectionSlug &&
    (await findSlugOwner(req, collectionSlug as CollectionSlug, value, id))
  ) {
    return validationMessage(req, 'slugTaken', { slug: value })
  }
  return true
}
