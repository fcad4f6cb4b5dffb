'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { translatedLocales } from '@/access/roles'
import { adminT } from '@/i18n/adminT'
import { localeNames } from '@/i18n/locales'
import { dateTimeFormat } from '@/lib/intl'
import { asTranslationRecord, translationState } from '@/lib/translation/status'
import './translationStatus.css'

/** In the edit view's sidebar: each translation's state, and when it and the English last changed. */
export const TranslationStatusField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { t, i18n } = useTranslation()
  const tr = adminT(t)
  const record = asTranslationRecord(value)
  const format = (iso: string) => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  return (
    <div className="field-type translation-status">
      <FieldLabel label={field.label} />
      <ul>
        {translatedLocales.map((locale) => {
          const state = translationState(record, locale)
          const savedAt = record.savedAt?.[locale]
          return (
            <li key={locale} data-locale={locale} data-state={state}>
              <span lang={locale}>{localeNames[locale]}</span>:{' '}
              <span className={`translation-badge translation-badge--${state}`}>{tr(`beacon:${state}`)}</span>
              <br />
              <small>{savedAt ? tr('beacon:savedAt', { date: format(savedAt) }) : tr('beacon:neverSaved')}</small>
            </li>
          )
        })}
      </ul>
      {record.sourceChangedAt && <small>{tr('beacon:sourceChangedAt', { date: format(record.sourceChangedAt) })}</small>}
    </div>
  )
}
