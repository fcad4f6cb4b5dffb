import type { Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { siteUrl } from '@/lib/urls'

/** The address a journalist opens; built from the routing table so it follows the localized paths. */
export const previewUrl = (locale: Locale, token: string): string => {
  const pattern = routing.pathnames['/news/preview/[token]'][locale]
  return `${siteUrl()}/${locale}${pattern.replace('[token]', encodeURIComponent(token))}`
}
