import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Locale } from '@/i18n/locales'
import { dateTimeFormat, languageNames, listFormat } from '@/lib/intl'

// Always with an explicit time zone, so the date is the one the release was issued on.
export const formatLongDate = (iso: string, timeZone: string, locale: Locale): string =>
  dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

export { formatDateTime } from './dateTime'

/** E.164 shown the way a caller abroad dials it: +81 3 1234 5678. */
export const formatPhoneInternational = (e164: string): string =>
  parsePhoneNumberFromString(e164)?.formatInternational() ?? e164

export const languageName = (tag: string, locale: Locale): string => {
  try {
    return languageNames(locale).of(tag) ?? tag
  } catch {
    return tag
  }
}

/**
 * A list joined the way the reader's language joins one ("A, B, and C", "A、B、C", "A, B y C"). Every
 * list shown to a reader goes through here (or formatListParts): a hand-written ", " is wrong in Japanese.
 */
export const formatList = (items: readonly string[], locale: Locale): string =>
  listFormat(locale).format(items)

/**
 * The same for items that are not plain text (links): the items in order with the language's
 * separators between them, for a component to render. The formatter is given each item's index
 * and hands it back as an element part, so any item can be placed.
 */
export const formatListParts = <T>(items: readonly T[], locale: Locale): (T | string)[] =>
  listFormat(locale)
    .formatToParts(items.map((_, index) => String(index)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value))
