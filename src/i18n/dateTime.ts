import type { Locale } from '@/i18n/locales'
import { dateTimeFormat } from '@/lib/intl'

// Kept apart from format.ts (phone-number metadata) so the admin's client components can use it.

/**
 * Date and time in the given zone, named short ("JST") by default, long ("Japan Standard Time") or
 * not at all; with the weekday when a reader must not get the day wrong (an embargo), with seconds
 * when two changes in the same minute must be told apart.
 */
export const formatDateTime = (
  iso: string,
  timeZone: string,
  locale: Locale,
  {
    zoneName = 'short',
    weekday = false,
    seconds = false,
  }: { zoneName?: 'short' | 'long' | false; weekday?: boolean; seconds?: boolean } = {},
): string =>
  dateTimeFormat(locale, {
    weekday: weekday ? 'long' : undefined,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    timeZone,
    timeZoneName: zoneName || undefined,
  }).format(new Date(iso))
