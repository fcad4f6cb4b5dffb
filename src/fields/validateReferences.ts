import type { CollectionSlug, RelationshipFieldValidation, UploadFieldValidation } from 'payload'
import { relationship, upload } from 'payload/shared'
import { formatList } from '@/i18n/format'
import { preserveRequestLocale } from '@/lib/preserveRequestLocale'
import { relationId } from '@/lib/relationId'
import { validationMessage } from '@/i18n/validationMessage'

type Options = Parameters<RelationshipFieldValidation>[1] & {
  relationTo: CollectionSlug | CollectionSlug[]
}

/**
 * Payload checks the form of related ids but not that the documents exist: on SQLite a missing one
 * fails the foreign key (a 500), on MongoDB it would be stored as a dangling link. Check it here.
 */
const checkExistence = async (value: unknown, options: Options): Promise<string | true> => {
  const { req, relationTo } = options
  if (value === null || value === undefined || typeof relationTo !== 'string' || !req?.payload)
    return true
  const ids = [
    ...new Set(
      (Array.isArray(value) ? value : [value]).map(relationId).filter((id) => id !== undefined),
    ),
  ]
  if (ids.length === 0) return true
  const found = await preserveRequestLocale(req, () =>
    req.payload.find({
      collection: relationTo,
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      select: {},
      req,
    }),
  )
  const existing = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
  const missing = ids.filter((id) => !existing.has(String(id)))
  if (missing.length === 0) return true
  return validationMessage(req, 'noSuchDocument', (language) => ({
    collection: relationTo,
    ids: formatList(missing.map(String), language),
  }))
}

export const validateRelationship: RelationshipFieldValidation = async (value, options) => {
  const formResult = await relationship(value, options)
  return formResult === true ? checkExistence(value, options as Options) : formResult
}

export const validateUpload: UploadFieldValidation = async (value, options) => {
  const formResult = await upload(value, options)
  return formResult === true ? checkExistence(value, options as unknown as Options) : formResult
}
