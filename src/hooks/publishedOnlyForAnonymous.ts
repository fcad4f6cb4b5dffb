import type { CollectionBeforeOperationHook } from 'payload'

/**
 * `draft=true` asks for each document's latest version. For the anonymous, whose access is
 * limited to published documents, that would hide a published release the moment someone
 * starts editing it; so for them a read is always a read of the published documents. Trusted
 * server code that overrides access (an embargo link's page) may still ask for the latest version.
 */
export const publishedOnlyForAnonymous: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  const { draft, overrideAccess } = args as { draft?: boolean; overrideAccess?: boolean }
  if (operation === 'read' && !req.user && draft && !overrideAccess) {
    return { ...args, draft: false }
  }
  return args
}
