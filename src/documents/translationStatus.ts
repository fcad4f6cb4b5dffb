import { translatedLocales } from '@/i18n/locales'

export type TranslatedLocale = (typeof translatedLocales)[number]
export type TranslationState = 'missing' | 'outdated' | 'current'

/** What a document keeps about its translations (see translationStatusField). */
export interface TranslationRecord {
  /** When the English text last changed. */
  sourceChangedAt?: string
  /** When each field's English text last changed, by field name (kept since 2026-12; older records lack it). */
  sourceFieldsChangedAt?: Record<string, string>
  /** When each translation was last saved by hand (autosaves don't count). */
  savedAt?: Partial<Record<TranslatedLocale, string>>
  /** Whether each translation has any text of its own. */
  hasText?: Partial<Record<TranslatedLocale, boolean>>
}

export const asTranslationRecord = (value: unknown): TranslationRecord => {
  const record =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as TranslationRecord) : {}
  return {
    sourceChangedAt: record.sourceChangedAt,
    sourceFieldsChangedAt: { ...record.sourceFieldsChangedAt },
    savedAt: { ...record.savedAt },
    hasText: { ...record.hasText },
  }
}

/**
 * Missing: no text of its own in that language. Outdated: the English changed after the
 * translation was last saved. Current otherwise.
 */
export const translationState = (value: unknown, locale: TranslatedLocale): TranslationState => {
  const record = asTranslationRecord(value)
  if (!record.hasText?.[locale]) return 'missing'
  const savedAt = record.savedAt?.[locale]
  if (
    record.sourceChangedAt &&
    (!savedAt || Date.parse(savedAt) < Date.parse(record.sourceChangedAt))
  )
    return 'outdated'
  return 'current'
}

export const translationStates = (value: unknown): Record<TranslatedLocale, TranslationState> =>
  Object.fromEntries(
    translatedLocales.map((locale) => [locale, translationState(value, locale)]),
  ) as Record<TranslatedLocale, TranslationState>

/**
 * The fields whose English changed after the translation was last saved (all that ever changed if
 * it never was), oldest change first: what a translator must look at to bring it up to date.
 */
export const changedSinceTranslation = (value: unknown, locale: TranslatedLocale): string[] => {
  const record = asTranslationRecord(value)
  const savedAt = record.savedAt?.[locale]
  return Object.entries(record.sourceFieldsChangedAt ?? {})
    .filter(([, changedAt]) => !savedAt || Date.parse(changedAt) > Date.parse(savedAt))
    .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
    .map(([name]) => name)
}
