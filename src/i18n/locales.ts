// One list of locales, shared by Payload's localization and next-intl's routing.
export const locales = ['en', 'ja', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

// Each language named in its own language, for switchers and the admin.
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ja: '日本語',
  es: 'Español',
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
