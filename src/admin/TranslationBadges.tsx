'use client'
import { useTranslation } from '@payloadcms/ui'
import { type Locale, localeNames } from '@/i18n/locales'
import { translationStates } from '@/documents/translationStatus'
import { adminT } from '@/i18n/adminT'
import './translationStatus.css'

/** One badge per translated language: missing, outdated or current. */
export function TranslationBadges({ record }: { record: unknown }) {
  const { t } = useTranslation()
  const tr = adminT(t)
  return (
    <span className="translation-badges">
      {Object.entries(translationStates(record)).map(([locale, state]) => (
        <span
          key={locale}
          className={`translation-badge translation-badge--${state}`}
          data-locale={locale}
          data-state={state}
        >
          <span lang={locale}>{localeNames()[locale as Locale]}</span>: {tr(`beacon:${state}`)}
        </span>
      ))}
    </span>
  )
}
