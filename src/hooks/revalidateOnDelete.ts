import type { CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { collectionTag, documentTag } from '@/lib/content/tags'
import { revalidateTags } from '@/utilities/revalidateTags'

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, context }) => {
  if (context.disableRevalidate) return doc
  const slug = collection.slug as CollectionSlug
  revalidateTags([collectionTag(slug), ...(typeof doc?.slug === 'string' ? [documentTag(slug, doc.slug)] : [])])
  return doc
}
