import type { CollectionBeforeOperationHook } from 'payload'
import { hasAnyRole, hasRole } from '@/access/roles'

/**
 * A translator's save is always a draft: without this, a save without ?draft=true to a language
 * already published would go live, and a save with status "draft" would unpublish it. Publishing
 * and unpublishing are left to editors (and, for releases, press officers).
 */
export const translatorsSaveDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  req: { user },
}) => {
  if (
    operation !== 'update' ||
    !hasRole(user, 'translator') ||
    hasAnyRole(user, ['admin', 'editor', 'pressOfficer'])
  )
    return args
  return {
    ...args,
    draft: true,
    publishSpecificLocale: undefined,
    publishAllLocales: undefined,
    unpublishAllLocales: undefined,
  }
}
