import type { PayloadRequest } from 'payload'

type Messages = { en: string; ja: string; es: string }

// Validation messages follow the admin's (or the API client's Accept-Language) language.
export const localizedMessage = (req: PayloadRequest | undefined, messages: Messages): string => {
  const language = req?.i18n?.language
  return language === 'ja' || language === 'es' ? messages[language] : messages.en
}
