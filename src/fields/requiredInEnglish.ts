import type { TextField, Validate } from 'payload'
import { defaultLocale } from '@/i18n/locales'
import { label } from '@/i18n/label'
import { validationMessage } from '@/i18n/validationMessage'

/**
 * For localized fields marked required: the English value is what every other language falls
 * back to, so it must exist (a document is therefore created in English first). A translation
 * may be saved before this field is translated; the reader then sees the English text.
 */
export const requiredInEnglish: Validate<string> = (value, { req, operation }) => {
  const filled =
    typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined
  const locale = req?.locale ?? defaultLocale
  if (locale === defaultLocale || locale === 'all') {
    return filled ? true : validationMessage(req, 'requiredInEnglish')
  }
  if (operation !== 'create') return true
  return validationMessage(req, 'createInEnglishFirst')
}

/** The text that names a document (a release's title, a committee's name): in every language, English required. */
export const nameField = (name: 'title' | 'name'): TextField => ({
  name,
  type: 'text',
  localized: true,
  validate: requiredInEnglish,
  label: label(name === 'title' ? 'Fields.title' : 'Fields.name'),
})
