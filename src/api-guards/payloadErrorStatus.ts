import type { AfterErrorHook } from 'payload'
import { isLocale, type Locale } from '@/i18n/locales'
import { apiText, type ApiMessageKey } from './messages'

// Errors Payload raises from what a client sent, but answers as 500s (or lets through): a
// multipart body it cannot read (busboy's own words), an upload to a route that takes none.
const clientFaults: { pattern: RegExp; status: number; key: ApiMessageKey }[] = [
  {
    pattern:
      /^(Unexpected end of form|Unexpected end of file|Multipart: Boundary not found|Malformed part header|Request is not eligible for file upload)/,
    status: 400,
    key: 'formUnreadable',
  },
]

/** The 4xx and message for an error that was the client's doing, if it is one. */
export const clientFaultOf = (
  error: unknown,
  language: Locale,
): { status: number; message: string } | null => {
  const fault = clientFaults.find(({ pattern }) =>
    pattern.test(String((error as Error | undefined)?.message ?? '')),
  )
  return fault ? { status: fault.status, message: apiText(language, fault.key) } : null
}

type ErrorResult = NonNullable<Parameters<AfterErrorHook>[0]['result']>
type PayloadErrorFields = { name?: unknown; message?: unknown; data?: unknown; isPublic?: unknown }

/**
 * The answer with the error's `data` (a rejected write's field errors, which the admin shows beside
 * each field), when Payload left it out. Payload adds it only for instances of its own error classes,
 * and a production build holds two copies of Payload (the admin pages' and the API routes'): when the
 * admin's copy started Payload, the API's copy does not recognise the errors the writes throw, and
 * the admin shows a toast but no field errors (payloadcms/payload#17298).
 */
export const withErrorData = (
  error: unknown,
  result: ErrorResult | undefined,
): ErrorResult | undefined => {
  const { name, message, data, isPublic } = (error ?? {}) as PayloadErrorFields
  const [only, ...others] = result?.errors ?? []
  // Only what Payload itself would have answered: a public error whose data it dropped.
  if (isPublic !== true || typeof data !== 'object' || data === null || !only || others.length > 0)
    return undefined
  if ('data' in only || only.message !== message) return undefined
  return {
    ...result,
    errors: [
      {
        name: typeof name === 'string' ? name : undefined,
        data: data as Record<string, unknown>,
        message: only.message,
      },
    ],
  }
}

/**
 * Payload's root afterError hook: gives errors from what a client sent their 4xx, with a message in
 * the client's language, and keeps the field errors of a rejected write.
 */
export const payloadErrorStatus: AfterErrorHook = ({ error, req, result }) => {
  const language = req.i18n?.language
  const fault = clientFaultOf(error, isLocale(language) ? language : 'en')
  if (fault) return { status: fault.status, response: { errors: [{ message: fault.message }] } }
  const response = withErrorData(error, result)
  return response ? { response } : undefined
}
