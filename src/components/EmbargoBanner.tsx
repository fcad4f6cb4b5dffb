import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { formatDateTime } from '@/i18n/format'

/** The first thing a journalist sees on an embargo link: until when the release may not be reported. */
export async function EmbargoBanner({
  embargoUntil,
  timeZone,
  expiresAt,
  locale,
}: {
  embargoUntil: string | null
  timeZone: string
  expiresAt: string
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'Embargo' })
  return (
    <div className="embargo-banner" role="note">
      {embargoUntil ? (
        <>
          <p className="embargo-banner__title">
            <strong>
              {t('title', {
                until: formatDateTime(embargoUntil, timeZone, locale, {
                  zoneName: 'long',
                  weekday: true,
                }),
              })}
            </strong>
          </p>
          <p>{t('instruction')}</p>
          <p>
            <time dateTime={embargoUntil}>
              {t('utc', { utc: formatDateTime(embargoUntil, 'UTC', locale, { zoneName: false }) })}
            </time>
          </p>
        </>
      ) : (
        <>
          <p className="embargo-banner__title">
            <strong>{t('notPublished')}</strong>
          </p>
          <p>{t('notPublishedText')}</p>
        </>
      )}
      <p className="embargo-banner__link">
        {t('link', { expires: formatDateTime(expiresAt, timeZone, locale) })}
      </p>
    </div>
  )
}
