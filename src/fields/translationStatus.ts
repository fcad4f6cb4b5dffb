import type { JSONField } from 'payload'
import { isStaffField } from '@/access/isStaffField'
import { translatedLocales } from '@/i18n/locales'
import { defaultLocale } from '@/i18n/locales'
import { asTranslationRecord, type TranslatedLocale } from '@/documents/translationStatus'
import { label } from '@/i18n/label'
import { type Read, savedText } from './searchText'

const isTranslatedLocale = (locale: unknown): locale is TranslatedLocale =>
  (translatedLocales as readonly unknown[]).includes(locale)

/** The saved text of each top-level field `collect` reads, each read with the others hidden. */
const textsByField = (
  collect: (read: Read) => unknown[],
  siblingData: Record<string, unknown> | undefined,
  originalDoc: unknown,
): Record<string, string> => {
  const names = new Set<string>()
  collect((name) => {
    names.add(name)
    return undefined
  })
  return Object.fromEntries(
    [...names].map((name) => [
      name,
      savedText(
        (read) => collect((other) => (other === name ? read(other) : undefined)),
        siblingData,
        originalDoc,
      ),
    ]),
  )
}

/**
 * Keeps what the translation status (missing, outdated, current) is worked out from: when the
 * English text last changed (and each of its fields), and when each translation was last saved and whether it has text.
 * `collect` picks the translated values (localized fields only). Set by this hook alone, from the
 * stored record: values sent by clients are ignored.
 */
export const translationStatusField = (collect: (read: Read) => unknown[]): JSONField => ({
  name: 'translationStatus',
  type: 'json',
  label: label('Fields.translations'),
  access: { read: isStaffField },
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableListFilter: true,
    components: {
      Cell: '/admin/TranslationStatusCell#TranslationStatusCell',
      Field: '/admin/TranslationStatusField#TranslationStatusField',
    },
  },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc, req, operation }) => {
        // An import (src/transfer) restores the status the export had, not the one its writes would make.
        if (req.context && 'restoredTranslationStatus' in req.context)
          return req.context.restoredTranslationStatus
        const record = asTranslationRecord(
          (originalDoc as { translationStatus?: unknown } | undefined)?.translationStatus,
        )
        const now = new Date().toISOString()
        if (req.locale === defaultLocale) {
          // Field by field, so the admin can say which English fields a translation is behind on.
          const before = operation === 'create' ? {} : textsByField(collect, undefined, originalDoc)
          const after = textsByField(collect, siblingData, originalDoc)
          const changed = Object.keys(after).filter((name) => after[name] !== (before[name] ?? ''))
          if (operation === 'create' || changed.length > 0) record.sourceChangedAt = now
          for (const name of changed)
            record.sourceFieldsChangedAt = { ...record.sourceFieldsChangedAt, [name]: now }
        } else if (isTranslatedLocale(req.locale)) {
          const locale = req.locale
          record.hasText = {
            ...record.hasText,
            [locale]: savedText(collect, siblingData, originalDoc) !== '',
          }
          // An autosave is work in progress; saving by hand says the translation is done.
          const autosave = req.query?.autosave
          if (autosave !== true && autosave !== 'true')
            record.savedAt = { ...record.savedAt, [locale]: now }
        }
        return record
      },
    ],
  },
})
