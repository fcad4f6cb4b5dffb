import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { PerLocale } from './raw'

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
  value !== null &&
  value !== undefined &&
  !(typeof value === 'string' && value.trim() === '') &&
  !isEmptyRichText(value)

/**
 * Reads a field fetched with locale "all": the reader's language, else English, else another
 * language the document is published in, marked as a fallback.
 */
export const translate = <T = string>(
  field: PerLocale<T | null | undefined> | null | undefined,
  locale: Locale,
): Translated<T> | undefined => {
  const byLocale = field ?? {}
  const order = [locale, defaultLocale, ...locales]
  const lang = order.find((candidate) => hasContent(byLocale[candidate]))
  // hasContent has ruled out null and undefined.
  return lang ? { value: byLocale[lang] as T, lang, isFallback: lang !== locale } : undefined
}

/** The locales in which a field really has content (never counting fallback copies). */
export const localesWith = (field: PerLocale<unknown> | null | undefined): Locale[] =>
  locales.filter((locale) => hasContent(field?.[locale]))

/** The language the first fallback value is shown in, for the notice that says so. */
export const fallbackLanguage = (...values: (Translated<unknown> | undefined)[]): Locale | null =>
  values.find((value) => value?.isFallback)?.lang ?? null
