import type { Access } from 'payload'
import { translatedLocales } from '@/i18n/locales'
import { hasAnyRole, hasRole, type Role } from './roles'

/**
 * Updates by these roles, or by a translator working in Japanese or Spanish who is not publishing:
 * translators edit the translations and leave the English text and publishing to others. The fields
 * all languages share are closed to them separately (withTranslatorLimits).
 */
export const allowRolesOrTranslation =
  (...roles: Role[]): Access =>
  ({ req: { user, locale }, data }) => {
    if (hasAnyRole(user, roles)) return true
    if (!hasRole(user, 'translator')) return false
    const inTranslation = (translatedLocales as readonly string[]).includes(String(locale))
    const publishing = (data as { _status?: string } | undefined)?._status === 'published'
    return inTranslation && !publishing
  }
