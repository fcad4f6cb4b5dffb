export const roles = ['admin', 'editor', 'translator', 'pressOfficer'] as const
export type Role = (typeof roles)[number]

export const roleOptions = [
  { value: 'admin', label: { en: 'Administrator', ja: '管理者', es: 'Administrador' } },
  { value: 'editor', label: { en: 'Editor', ja: '編集者', es: 'Editor' } },
  { value: 'translator', label: { en: 'Translator', ja: '翻訳者', es: 'Traductor' } },
  { value: 'pressOfficer', label: { en: 'Press officer', ja: '広報担当', es: 'Responsable de prensa' } },
] satisfies { value: Role; label: Record<string, string> }[]

export const hasRole = (user: unknown, role: Role): boolean => {
  const userRoles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(userRoles) && userRoles.includes(role)
}

export const hasAnyRole = (user: unknown, wanted: readonly Role[]): boolean => wanted.some((role) => hasRole(user, role))
