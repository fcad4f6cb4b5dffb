import type { Validate } from 'payload'
import { defaultLocale } from '@/i18n/locales'
import { localizedMessage } from '@/i18n/validationMessage'

/**
 * For localized fields marked required: the English value is what every other language falls
 * back to, so it must exist (a document is therefore created in English first). A translation
 * may be saved before this field is translated; the reader then sees the English text.
 */
export const requiredInEnglish: Validate<string> = (value, { req, operation }) => {
  const filled = typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined
  const locale = req?.locale ?? defaultLocale
  if (locale === defaultLocale || locale === 'all') {
    return filled
      ? true
      : localizedMessage(req, {
          en: 'This field is required in English.',
          ja: 'この項目は英語版で必須です。',
          es: 'Este campo es obligatorio en inglés.',
        })
  }
  if (operation !== 'create') return true
  return localizedMessage(req, {
    en: 'Create the document in English first; translations are added to it afterwards.',
    ja: 'まず英語でドキュメントを作成してください。翻訳はその後で追加します。',
    es: 'Cree primero el documento en inglés; las traducciones se añaden después.',
  })
}
