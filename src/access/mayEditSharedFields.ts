import type { FieldAccess } from 'payload'
import { hasAnyRole } from './roles'

/** A field every language shares (slug, dates, links to other documents): not for translators alone. */
export const mayEditSharedFields: FieldAccess = ({ req: { user } }) => hasAnyRole(user, ['admin', 'editor', 'pressOfficer'])
