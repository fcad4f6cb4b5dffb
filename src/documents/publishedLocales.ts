import { locales, type Locale } from '@/i18n/locales'

/** The languages a document is published in, from its `_status` read with locale "all". */
export const publishedLocales = (status: unknown): Locale[] => {
  if (typeof status === 'string') return status === 'published' ? [...locales] : []
  const byLocale = (status ?? {}) as Partial<Record<Locale, unknown>>
  return locales.filter((locale) => byLocale[locale] === 'published')
}
