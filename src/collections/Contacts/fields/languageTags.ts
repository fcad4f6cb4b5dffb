import type { FieldHook, TextField, TextFieldManyValidation } from 'payload'
import { formatList } from '@/i18n/format'
import { validationMessage } from '@/i18n/validationMessage'
import { label } from '@/i18n/label'

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
    : validationMessage(req, 'languageTags', (language) => ({ tags: formatList(bad, language) }))
}

export const languagesField: TextField = {
  name: 'languages',
  type: 'text',
  hasMany: true,
  label: label('Fields.languages'),
  validate: validateLanguageTags,
  hooks: { beforeValidate: [canonicalise] },
  admin: { description: label('Fields.languagesHelp') },
}
