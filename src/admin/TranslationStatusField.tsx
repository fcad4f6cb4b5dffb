'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { ClientField, JSONFieldClientComponent } from 'payload'
import { useSyncExternalStore } from 'react'
import { translatedLocales } from '@/i18n/locales'
import { adminT } from '@/i18n/adminT'
import { defaultLocale, isLocale, localeNames } from '@/i18n/locales'
import { formatDateTime } from '@/i18n/dateTime'
import { listFormat } from '@/lib/intl'
import {
  asTranslationRecord,
  changedSinceTranslation,
  translationState,
} from '@/documents/translationStatus'
import './translationStatus.css'

// The server renders in the admin's default zone; the browser then shows its own (both named).
const noSubscription = () => () => {}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const useTimeZone = (serverZone: string) =>
  useSyncExternalStore(noSubscription, browserZone, () => serverZone)

const fieldLabel = (
  fields: ClientField[],
  name: string,
  i18n: Parameters<typeof getTranslation>[1],
): string => {
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  const label = field && 'label' in field ? field.label : undefined
  return label && typeof label !== 'function' ? getTranslation(label, i18n) : name
}

/**
 * In the edit view's sidebar: each translation's state, when it was last saved and when the
 * English last changed, to the second (both are often saved in the same minute), and which English
 * fields changed since the translation was saved.
 */
export const TranslationStatusField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { t, i18n } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const timeZone = useTimeZone(config.admin.timezones?.defaultTimezone ?? 'UTC')
  const tr = adminT(t)
  const language = isLocale(i18n.language) ? i18n.language : defaultLocale
  const record = asTranslationRecord(value)
  const fields = collectionSlug ? getEntityConfig({ collectionSlug }).fields : []
  const format = (iso: string) =>
    formatDateTime(iso, timeZone, language, { zoneName: 'long', seconds: true })
  return (
    <div className="field-type translation-status">
      <FieldLabel label={field.label} />
      <ul>
        {translatedLocales.map((locale) => {
          const state = translationState(record, locale)
          const savedAt = record.savedAt?.[locale]
          const changed = state === 'outdated' ? changedSinceTranslation(record, locale) : []
          return (
            <li key={locale} data-locale={locale} data-state={state}>
              <span lang={locale}>{localeNames()[locale]}</span>:{' '}
              <span className={`translation-badge translation-badge--${state}`}>
                {tr(`beacon:${state}`)}
              </span>
              <br />
              <small className="translation-status__saved">
                {savedAt
                  ? tr('beacon:savedAt', { date: format(savedAt) })
                  : tr('beacon:neverSaved')}
              </small>
              {changed.length > 0 && (
                <>
                  <br />
                  <small className="translation-status__changed">
                    {tr('beacon:changedFields', {
                      fields: listFormat(language).format(
                        changed.map((name) => fieldLabel(fields, name, i18n)),
                      ),
                    })}
                  </small>
                </>
              )}
            </li>
          )
        })}
      </ul>
      {record.sourceChangedAt && (
        <small className="translation-status__source">
          {tr('beacon:sourceChangedAt', { date: format(record.sourceChangedAt) })}
        </small>
      )}
    </div>
  )
}
