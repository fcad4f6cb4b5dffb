// One list of locales, shared by Payload's localization and next-intl's routing.
export const locales = ['en', 'ja', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale = 'en' as const satisfies Locale

/** The languages translators work in; English is the source text, edited by editors. */
export const translatedLocales = locales.filter(
  (locale): locale is Exclude<Locale, typeof defaultLocale> => locale !== defaultLocale,
)

/** One value per language of the list: a text in each language, a formatter for each. */
export const inEachLanguage = <T>(read: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Record<Locale, T>

let names: Record<Locale, string> | undefined
/**
 * Each language named in its own language, for switchers and the admin, from the runtime's CLDR
 * names; capitalised, as a name standing alone is (español -> Español). Looked up on first use, not
 * when this module loads: in a browser the lookup loads CLDR data for every language, a long task
 * on each page that only needs the list of locales.
 */
export const localeNames = (): Record<Locale, string> =>
  (names ??= inEachLanguage((code) => {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1)
  }))

/**
 * Each language named in each admin language, as Payload's locale labels take them: the Japanese
 * admin's Publish button reads 英語で公開する, not Englishで公開する. From the runtime's own CLDR names.
 */
export const localeLabel = (code: Locale): Record<Locale, string> =>
  inEachLanguage(
    (language) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code,
  )

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
