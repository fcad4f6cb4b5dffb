import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'
import { collectionTag, documentTag } from '@/lib/content/tags'
import { revalidateTags } from '@/utilities/revalidateTags'

/** A saved document refreshes its own pages (under its old and new slug) and every list of its kind. */
export const revalidateOnChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, context }) => {
  if (context.disableRevalidate) return doc
  // A draft that was never published changes nothing the public sees.
  const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  if (hasDrafts && doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const slug = collection.slug as CollectionSlug
  const slugs = [doc.slug, previousDoc?.slug].filter((value): value is string => typeof value === 'string' && value !== '')
  revalidateTags([collectionTag(slug), ...slugs.map((value) => documentTag(slug, value))])
  return doc
}
