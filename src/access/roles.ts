import { options } from '@/i18n/label'

export const roles = ['admin', 'editor', 'translator', 'pressOfficer'] as const
export type Role = (typeof roles)[number]

export const roleOptions = options('Roles', roles)

export const hasRole = (user: unknown, role: Role): boolean => {
  const userRoles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(userRoles) && userRoles.includes(role)
}

export const hasAnyRole = (user: unknown, wanted: readonly Role[]): boolean =>
  wanted.some((role) => hasRole(user, role))
