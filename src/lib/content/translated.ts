import { defaultLocale, locales, type Locale } from '@/i18n/locales'

/** A value shown to a reader, with the language it is really in. */
export interface Translated<T = string> {
  value: T
  lang: Locale
  isFallback: boolean
}

const isEmptyRichText = (value: unknown) => {
  const root = (value as { root?: { children?: unknown[] } } | null)?.root
  return Boolean(root) && (!Array.isArray(root?.children) || root.children.length === 0)
}

export const hasContent = (value: unknown): boolean =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '') && !isEmptyRichText(value)

/** Reads a field fetched with locale "all": the reader's language, else English, marked as a fallback. */
export const translate = <T = string>(field: unknown, locale: Locale): Translated<T> | undefined => {
  const byLocale = (field ?? {}) as Partial<Record<Locale, T>>
  if (hasContent(byLocale[locale])) return { value: byLocale[locale] as T, lang: locale, isFallback: false }
  if (hasContent(byLocale[defaultLocale])) {
    return { value: byLocale[defaultLocale] as T, lang: defaultLocale, isFallback: locale !== defaultLocale }
  }
  return undefined
}

/** The locales in which a field really has content (never counting fallback copies). */
export const localesWith = (field: unknown): Locale[] =>
  locales.filter((locale) => hasContent((field as Partial<Record<Locale, unknown>> | null)?.[locale]))

export const anyFallback = (...values: (Translated<unknown> | undefined)[]): boolean =>
  values.some((value) => value?.isFallback)
