import { isLocale } from '@/i18n/locales'
import { tooManyRequestsText } from './tooManyRequests'
import { contactLookupVerdict } from './contactLookupLimit'
import { revalidateAfterWrites } from '@/utilities/revalidateTags'

export type Messages = { en: string; ja: string; es: string }

const languageOf = (request: Request): keyof Messages => {
  const header = request.headers.get('accept-language') ?? ''
  const first = header.split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return first === 'ja' || first === 'es' ? first : 'en'
}

/** A 4xx with `{ errors: [{ message }] }`, the message in the client's language (Accept-Language). */
export const clientError = (request: Request, status: number, messages: Messages | string) =>
  Response.json(
    { errors: [{ message: typeof messages === 'string' ? messages : messages[languageOf(request)] }] },
    { status },
  )

const isLocaleParam = (value: string) => isLocale(value) || value === 'all' || value === '*'
const isFallbackParam = (value: string) => isLocale(value) || ['none', 'null', 'false', ''].includes(value)

/**
 * Wraps Payload's REST and GraphQL route handlers: anonymous contact lookups by either are limited
 * per client (contactLookupLimit); an unknown locale or a malformed limit, page or depth is a 400
 * rather than a silent default, and a client error Payload throws (an unreadable GraphQL body) is a
 * 4xx, not a 500. Pages showing what a write changed are revalidated once the write is committed
 * (revalidateAfterWrites).
 */
export const withApiGuards =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    const verdict = await contactLookupVerdict(request)
    if (!verdict.allowed) {
      const response = clientError(request, 429, tooManyRequestsText)
      response.headers.set('Retry-After', String(verdict.retryAfterSeconds))
      return response
    }
    const { searchParams } = new URL(request.url)
    const locale = searchParams.get('locale')
    if (locale !== null && !isLocaleParam(locale)) {
      return clientError(request, 400, {
        en: `Unknown locale "${locale}". Use en, ja, es or all.`,
        ja: `不明なロケール「${locale}」です。en、ja、es、all のいずれかを指定してください。`,
        es: `Idioma desconocido «${locale}». Use en, ja, es o all.`,
      })
    }
    const fallback = searchParams.get('fallback-locale') ?? searchParams.get('fallbackLocale')
    if (fallback !== null && !isFallbackParam(fallback)) {
      return clientError(request, 400, {
        en: `Unknown fallback locale "${fallback}". Use en, ja, es or none.`,
        ja: `不明なフォールバックロケール「${fallback}」です。en、ja、es、none のいずれかを指定してください。`,
        es: `Idioma de reserva desconocido «${fallback}». Use en, ja, es o none.`,
      })
    }
    for (const param of ['limit', 'page', 'depth']) {
      const value = searchParams.get(param)
      if (value !== null && !/^\d+$/.test(value)) {
        return clientError(request, 400, {
          en: `"${param}" must be a whole number of 0 or more, not "${value}".`,
          ja: `「${param}」には0以上の整数を指定してください（「${value}」は使えません）。`,
          es: `«${param}» debe ser un número entero igual o mayor que 0, no «${value}».`,
        })
      }
    }
    try {
      return await revalidateAfterWrites(() => handler(request, ...args))
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return clientError(request, status, (error as Error).message)
      }
      throw error
    }
  }
