// One list of locales, shared by Payload's localization and next-intl's routing.
export const locales = ['en', 'ja', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale = 'en' as const satisfies Locale

/** The languages translators work in; English is the source text, edited by editors. */
export const translatedLocales = locales.filter((locale): locale is Exclude<Locale, typeof defaultLocale> => locale !== defaultLocale)

// Each language named in its own language, for switchers and the admin.
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ja: '日本語',
  es: 'Español',
}

/**
 * Each language named in each admin language, as Payload's locale labels take them: the Japanese
 * admin's Publish button reads 英語で公開する, not Englishで公開する. From the runtime's own CLDR names.
 */
export const localeLabel = (code: Locale): Record<Locale, string> =>
  Object.fromEntries(locales.map((language) => [language, new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code])) as Record<Locale, string>

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
