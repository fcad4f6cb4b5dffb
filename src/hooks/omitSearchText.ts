import type { CollectionAfterReadHook } from 'payload'

/**
 * The search text (see searchTextField) is for matching only: leave it out of every document read,
 * through any API, unless the caller's context asks for it. A field hook can't remove a key.
 */
export const omitSearchText: CollectionAfterReadHook = ({ doc, context }) => {
  if (!context?.withSearchText && doc && typeof doc === 'object')
    delete (doc as { searchText?: unknown }).searchText
  return doc
}
