import type { CollectionBeforeOperationHook } from 'payload'

/**
 * `draft=true` asks for each document's latest version. For the anonymous, whose access is
 * limited to published documents, that would hide a published release the moment someone
 * starts editing it; so for them a read is always a read of the published documents.
 */
export const publishedOnlyForAnonymous: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !req.user && (args as { draft?: boolean }).draft) {
    return { ...args, draft: false }
  }
  return args
}
