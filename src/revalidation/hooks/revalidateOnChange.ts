import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'
import { dependentTags } from '@/revalidation/dependents'
import { collectionTag, documentTag } from '@/revalidation/tags'
import { revalidateTags } from '@/revalidation/revalidateTags'

/**
 * A saved document refreshes its own pages (under its old and new slug), the lists of its kind,
 * and the pages of other documents that show it (see dependents.ts), in every locale.
 */
export const revalidateOnChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (context.disableRevalidate) return doc
  // A draft that was never published changes nothing the public sees.
  const hasDrafts = Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )
  if (hasDrafts && doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const slug = collection.slug as CollectionSlug
  const slugs = [doc.slug, previousDoc?.slug].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  revalidateTags([
    collectionTag(slug),
    ...slugs.map((value) => documentTag(slug, value)),
    ...(await dependentTags(req, slug, doc.id, [doc, previousDoc])),
  ])
  return doc
}
