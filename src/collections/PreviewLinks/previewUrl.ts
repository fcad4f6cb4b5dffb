import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'

/** The address a journalist opens, on the localized path (/es/noticias/vista-previa/…). */
export const previewUrl = (locale: Locale, token: string): string =>
  absoluteUrl(locale, { pathname: '/news/preview/[token]', params: { token } })
