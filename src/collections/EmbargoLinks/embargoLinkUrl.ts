import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'

/** The address a journalist opens, on the localized path (/es/noticias/bajo-embargo/…). */
export const embargoLinkUrl = (locale: Locale, token: string): string =>
  absoluteUrl(locale, { pathname: '/news/embargoed/[token]', params: { token } })
