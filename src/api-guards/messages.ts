import { fill, type FillValues } from '@/i18n/fill'
import { messages, type Messages } from '@/i18n/messages'
import { inEachLanguage, isLocale, type Locale } from '@/i18n/locales'

const texts = inEachLanguage((locale) => messages[locale].Api)

export type ApiMessageKey = keyof Messages['Api']
export type ApiMessageValues = FillValues

/**
 * The language an API client reads: the admin's chosen language (Payload's `payload-lng` cookie),
 * else the first of its Accept-Language tags that the site speaks, else English.
 */
export const clientLanguage = (request: Request): Locale => {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]{2})/.exec(request.headers.get('cookie') ?? '')?.[1]
  if (isLocale(cookie)) return cookie
  for (const tag of (request.headers.get('accept-language') ?? '').slice(0, 200).split(',')) {
    const language = tag.trim().slice(0, 2).toLowerCase()
    if (isLocale(language)) return language
  }
  return 'en'
}

/** One of messages/*.json's "Api" strings, with its {placeholders} filled. */
export const apiText = (
  language: Locale,
  key: ApiMessageKey,
  values: ApiMessageValues = {},
): string => fill(texts[language][key], values)

/** A 4xx or 5xx the way Payload answers: `{ errors: [{ message }] }`, in the client's language. */
export const apiError = (
  request: Request,
  status: number,
  key: ApiMessageKey,
  values?: ApiMessageValues,
): Response => clientError(request, status, apiText(clientLanguage(request), key, values))

/** An error response with a message already in the client's language, or given in each language. */
export const clientError = (
  request: Request,
  status: number,
  message: string | Record<Locale, string>,
): Response =>
  Response.json(
    {
      errors: [
        { message: typeof message === 'string' ? message : message[clientLanguage(request)] },
      ],
    },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
