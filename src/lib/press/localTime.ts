import type { Locale } from '@/i18n/locales'

// When a press office can be expected to answer: Monday to Friday, 09:00 to 18:00, local time.
const OPENS = 9
const CLOSES = 18
const WEEKEND = new Set(['Sat', 'Sun'])

export type LocalTime = { time: string; zone: string; inOfficeHours: boolean }

// Making a formatter costs far more than using one, and a directory page shows many cards per zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, found)
  }
  return found
}

/** The time now where the contact works, the zone's name in the reader's language, and whether it is office hours there. */
export const localTime = (now: Date, timeZone: string, locale: Locale): LocalTime | null => {
  try {
    const time = formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(now)
    const zone =
      formatter(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ??
      timeZone
    const parts = formatter('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now)
    const weekday = parts.find((part) => part.type === 'weekday')?.value ?? ''
    const hour = Number(parts.find((part) => part.type === 'hour')?.value)
    return { time, zone, inOfficeHours: !WEEKEND.has(weekday) && hour >= OPENS && hour < CLOSES }
  } catch {
    return null
  }
}
