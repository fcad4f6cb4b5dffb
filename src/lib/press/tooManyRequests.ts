import en from '../../../messages/en.json'
import es from '../../../messages/es.json'
import ja from '../../../messages/ja.json'
import type { Locale } from '@/i18n/locales'

const messages: Record<Locale, { title: string; text: string }> = {
  en: { title: en.Press.title, text: en.Press.tooManyRequests },
  ja: { title: ja.Press.title, text: ja.Press.tooManyRequests },
  es: { title: es.Press.title, text: es.Press.tooManyRequests },
}

/** A 429 page in the reader's language, with when to try again. */
export const tooManyRequests = (locale: Locale, retryAfterSeconds: number): Response => {
  const { title, text } = messages[locale]
  return new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
    { status: 429, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}
