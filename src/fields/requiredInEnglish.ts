import type { Validate } from 'payload'
import { defaultLocale } from '@/i18n/locales'
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
