// Keeps the search index current: every save and delete of a searched document updates its
// entries, in the same database (and, on MongoDB, the same transaction) as the document itself.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'
import type { SearchedCollection } from '@/documents/kinds'
import { indexedDocument, publishedWhere, readForIndex } from './entries'
import { searchStore } from './stores'

/**
 * Indexes one document as it is published now, or takes it out when no language of it is. Only
 * the published document counts: a draft saved over it changes nothing stored, and indexing it
 * again is a read that finds it unchanged.
 */
export const indexDocument = async (
  payload: Payload,
  kind: SearchedCollection,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  const { docs } = await readForIndex(payload, kind, {
    where: { and: [{ id: { equals: id } }, publishedWhere] },
    limit: 1,
    req,
  })
  const doc = docs[0] && indexedDocument(kind, docs[0])
  const store = searchStore(payload)
  if (doc) await store.put([doc], req)
  else await store.remove(kind, String(id), req)
}

/**
 * The hooks a searched collection carries (see collections/withPublicPage.ts). Unlike revalidation,
 * they run whatever the context says: the index must hold what the database holds.
 */
export const searchIndexHooks = (kind: SearchedCollection) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await indexDocument(req.payload, kind, doc.id, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
    await searchStore(req.payload).remove(kind, String(id), req)
  }
  return { afterChange, afterDelete }
}
