import type { FieldHook, TextField, TextFieldManyValidation } from 'payload'
import { formatList } from '@/i18n/format'
import { localizedMessage } from '@/i18n/validationMessage'

/** Canonical BCP 47 form (pt-br -> pt-BR), or null when the tag is malformed. */
export const canonicalLanguageTag = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value.trim()) return null
  try {
    return Intl.getCanonicalLocales(value.trim())[0] ?? null
  } catch {
    return null
  }
}

// A single tag sent as a string is taken as a list of one rather than dropped.
const canonicalise: FieldHook = ({ value }) => {
  const tags = typeof value === 'string' ? [value] : value
  return Array.isArray(tags) ? tags.map((tag) => canonicalLanguageTag(tag) ?? tag) : tags
}

const validateLanguageTags: TextFieldManyValidation = (value, { req }) => {
  if (!value) return true
  const bad = (Array.isArray(value) ? value : [value]).filter((tag) => !canonicalLanguageTag(tag))
  return bad.length === 0
    ? true
    : localizedMessage(req, {
        en: `Not a BCP 47 language tag: ${formatList(bad, 'en')}. Use tags such as en, ja, es or pt-BR.`,
        ja: `BCP 47の言語タグではありません: ${formatList(bad, 'ja')}。en、ja、es、pt-BR のように入力してください。`,
        es: `No es una etiqueta de idioma BCP 47: ${formatList(bad, 'es')}. Use etiquetas como en, ja, es o pt-BR.`,
      })
}

export const languagesField: TextField = {
  name: 'languages',
  type: 'text',
  hasMany: true,
  label: { en: 'Languages spoken', ja: '対応言語', es: 'Idiomas' },
  validate: validateLanguageTags,
  hooks: { beforeValidate: [canonicalise] },
  admin: { description: { en: 'BCP 47 tags: en, ja, es, pt-BR…', ja: 'BCP 47タグ: en、ja、es、pt-BR など', es: 'Etiquetas BCP 47: en, ja, es, pt-BR…' } },
}
