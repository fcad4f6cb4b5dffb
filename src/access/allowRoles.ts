import { hasAnyRole, type Role } from './roles'

/**
 * Allowed to anyone holding one of these roles. A plain yes or no, so the same rule serves as
 * collection, field and job access.
 */
export const allowRoles =
  (...roles: Role[]) =>
  ({ req: { user } }: { req: { user?: unknown } }): boolean =>
    hasAnyRole(user, roles)

/** Admins, editors and press officers: who may publish releases, schedule publishes and hand out embargo links. */
export const publishers = allowRoles('admin', 'editor', 'pressOfficer')
