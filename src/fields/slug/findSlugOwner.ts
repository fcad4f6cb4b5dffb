import type { CollectionSlug, PayloadRequest } from 'payload'
import { preserveRequestLocale } from '@/lib/preserveRequestLocale'

/** The id of another document in the collection that already uses this slug, if any. */
export const findSlugOwner = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  exceptId?: number | string,
): Promise<number | string | undefined> => {
  const result = await preserveRequestLocale(req, () =>
    req.payload.find({
      collection,
      where:
        exceptId === undefined
          ? { slug: { equals: slug } }
          : { and: [{ slug: { equals: slug } }, { id: { not_equals: exceptId } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      draft: true,
      overrideAccess: true,
      req,
      select: {},
    }),
  )
  return result.docs[0]?.id
}
