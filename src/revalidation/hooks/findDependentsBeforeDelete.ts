import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { dependentTags } from '@/revalidation/dependents'

// Not req.context: every nested Local API call replaces that object, so revalidateOnDelete would
// not see what was put there. Keyed by request, then by document (a bulk delete shares one request).
const pending = new WeakMap<PayloadRequest, Map<string, string[]>>()

/** The tags collected for this deleted document, once. */
export const takeDependentTags = (req: PayloadRequest, id: string | number): string[] => {
  const tags = pending.get(req)?.get(String(id)) ?? []
  pending.get(req)?.delete(String(id))
  return tags
}

/**
 * The pages that show a document are found before it is deleted: afterwards the references to
 * it are gone (SQLite drops the relation rows with the document).
 */
export const findDependentsBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
  context,
}) => {
  if (context.disableRevalidate) return
  const slug = collection.slug as CollectionSlug
  const doc = (await req.payload.findByID({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Record<string, unknown> | null
  const tags = await dependentTags(req, slug, id, [doc ?? undefined])
  if (!pending.has(req)) pending.set(req, new Map())
  pending.get(req)!.set(String(id), tags)
}
