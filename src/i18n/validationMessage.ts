import type { PayloadRequest } from 'payload'
import type { FillValues } from './fill'
import { message } from './label'
import { defaultLocale, isLocale, type Locale } from './locales'
import type { Messages } from './messages'

export type ValidationKey = keyof Messages['Validation']

/**
 * A validation message from messages/*.json ("Validation") in the admin's (or the API client's
 * Accept-Language) language. Values that depend on the language (a list) are given as a function of it.
 */
export const validationMessage = (
  req: PayloadRequest | undefined,
  key: ValidationKey,
  values?: FillValues | ((language: Locale) => FillValues),
): string => {
  const language = req?.i18n?.language
  const locale = isLocale(language) ? language : defaultLocale
  return message(
    locale,
    `Validation.${key}`,
    typeof values === 'function' ? values(locale) : values,
  )
}
