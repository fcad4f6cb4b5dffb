import type { Access } from 'payload'
import { hasAnyRole, type Role } from './roles'

/** Allowed to anyone holding one of these roles. */
export const allowRoles =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasAnyRole(user, roles)
