import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Locale } from '@/i18n/locales'

// Always with an explicit time zone, so the date is the one the release was issued on.
export const formatLongDate = (iso: string, timeZone: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

export const formatDateTime = (iso: string, timeZone: string, locale: Locale, { zoneName = true } = {}): string =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: zoneName ? 'short' : undefined,
  }).format(new Date(iso))

/** E.164 shown the way a caller abroad dials it: +81 3 1234 5678. */
export const formatPhoneInternational = (e164: string): string =>
  parsePhoneNumberFromString(e164)?.formatInternational() ?? e164

// Intl objects are costly to make and cheap to use: one per language, kept (a directory page names
// many languages on many cards).
const once = <T>(make: (locale: Locale) => T) => {
  const made = new Map<Locale, T>()
  return (locale: Locale): T => {
    let found = made.get(locale)
    if (!found) {
      found = make(locale)
      made.set(locale, found)
    }
    return found
  }
}
const languageNames = once((locale) => new Intl.DisplayNames([locale], { type: 'language' }))
const listFormat = once((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }))

export const languageName = (tag: string, locale: Locale): string => {
  try {
    return languageNames(locale).of(tag) ?? tag
  } catch {
    return tag
  }
}

/** A list joined the way the reader's language joins one ("A, B and C", "A、B、C", "A, B y C"). */
export const formatList = (items: string[], locale: Locale): string => listFormat(locale).format(items)

/** A moment in full, in the zone it was set in and named: "Wednesday, November 25, 2026 at 9:00 AM Japan Standard Time". */
export const formatFullDateTime = (iso: string, timeZone: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'long',
  }).format(new Date(iso))
