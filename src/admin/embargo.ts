import type { NewsRelease } from '@/payload-types'
import { isLocale, type Locale, defaultLocale } from '@/i18n/locales'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { formatDateTime } from '@/i18n/dateTime'

/**
 * When a release is still under embargo at `now`: its time, in the embargo's own zone, named in the
 * admin's language ("December 16, 2026 at 10:00 AM Argentina Standard Time"), as the public banner
 * names it. Null once the embargo has passed or when there is none: Payload's status then says it all.
 */
export const embargoUntilText = (
  release: Pick<NewsRelease, 'embargoUntil' | 'embargoUntil_tz'> | null | undefined,
  language: string,
  now: Date = new Date(),
): string | null => {
  const until = release?.embargoUntil
  if (!until || Number.isNaN(Date.parse(until)) || Date.parse(until) <= now.getTime()) return null
  const locale: Locale = isLocale(language) ? language : defaultLocale
  return formatDateTime(until, release.embargoUntil_tz || HOME_TIME_ZONE, locale, {
    zoneName: 'long',
  })
}
