import type { CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { collectionTag, documentTag } from '@/revalidation/tags'
import { revalidateTags } from '@/revalidation/revalidateTags'
import { takeDependentTags } from './findDependentsBeforeDelete'

/** A deleted document refreshes its page, the lists of its kind and the pages that showed it. */
export const revalidateOnDelete: CollectionAfterDeleteHook = ({
  collection,
  doc,
  id,
  req,
  context,
}) => {
  const dependents = takeDependentTags(req, id)
  if (context.disableRevalidate) return doc
  const slug = collection.slug as CollectionSlug
  revalidateTags([
    collectionTag(slug),
    ...(typeof doc?.slug === 'string' ? [documentTag(slug, doc.slug)] : []),
    ...dependents,
  ])
  return doc
}
