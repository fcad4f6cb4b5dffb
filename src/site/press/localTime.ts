import type { Locale } from '@/i18n/locales'
import { dateTimeFormat } from '@/lib/intl'

// When a press office can be expected to answer: Monday to Friday, 09:00 to 18:00, local time.
const OPENS = 9
const CLOSES = 18
const WEEKEND = new Set(['Sat', 'Sun'])

export type LocalTime = { time: string; zone: string; inOfficeHours: boolean }

/** The time now where the contact works, the zone's name in the reader's language, and whether it is office hours there. */
export const localTime = (now: Date, timeZone: string, locale: Locale): LocalTime | null => {
  try {
    const time = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(
      now,
    )
    const zone =
      dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
    const parts = dateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    }).formatToParts(now)
    const weekday = parts.find((part) => part.type === 'weekday')?.value ?? ''
    const hour = Number(parts.find((part) => part.type === 'hour')?.value)
    return { time, zone, inOfficeHours: !WEEKEND.has(weekday) && hour >= OPENS && hour < CLOSES }
  } catch {
    return null
  }
}
