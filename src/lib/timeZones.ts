import type { Timezone } from 'payload'

/**
 * The organisation's own zone (its secretariat's): the default for new dates and contacts, and the
 * zone in which a date with none of its own is shown (when a focus area was last updated).
 */
export const HOME_TIME_ZONE = 'Asia/Tokyo'

// Zones found valid, as Intl takes about a millisecond to say so: a save checks several. Only valid
// ones are kept, so the set stays as small as the zone database whatever is sent.
const validZones = new Set<string>()

/** IANA names only (Asia/Tokyo, UTC); Intl also accepts offsets like +09:00, which we do not want. */
export const isIanaTimeZone = (value: string): boolean => {
  if (validZones.has(value)) return true
  if (!/^(?:[A-Za-z_+-]+(?:\/[A-Za-z0-9_+-]+)*|UTC)$/.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    validZones.add(value)
    return true
  } catch {
    return false
  }
}

// Zones our offices work in that Payload's default picker list lacks.
export const extraTimeZones: Timezone[] = [
  { label: '(UTC+05:45) Kathmandu', value: 'Asia/Kathmandu' },
  { label: '(UTC+05:30) Colombo', value: 'Asia/Colombo' },
  { label: '(UTC+06:00) Dhaka', value: 'Asia/Dhaka' },
  { label: '(UTC+01:00) Geneva, Zurich', value: 'Europe/Zurich' },
  { label: '(UTC+01:00) Lagos', value: 'Africa/Lagos' },
  { label: '(UTC-03:00) Buenos Aires', value: 'America/Argentina/Buenos_Aires' },
  { label: '(UTC-05:00) New York', value: 'America/New_York' },
  { label: '(UTC+09:00) Tokyo', value: 'Asia/Tokyo' },
  { label: '(UTC+00:00) UTC', value: 'UTC' },
]
