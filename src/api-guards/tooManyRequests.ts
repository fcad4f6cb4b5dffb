import { messages as texts } from '@/i18n/messages'
import { inEachLanguage, type Locale } from '@/i18n/locales'

/** "Too many requests", in each language: for the press room's pages and the contacts API. */
export const tooManyRequestsText = inEachLanguage((locale) => texts[locale].Press.tooManyRequests)

const messages = inEachLanguage((locale) => ({
  title: texts[locale].Press.title,
  text: tooManyRequestsText[locale],
}))

/** A 429 page in the reader's language, with when to try again. */
export const tooManyRequests = (locale: Locale, retryAfterSeconds: number): Response => {
  const { title, text } = messages[locale]
  return new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
    {
      status: 429,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Retry-After': String(retryAfterSeconds),
        'Cache-Control': 'no-store',
      },
    },
  )
}
