import type { AfterErrorHook } from 'payload'
import { isLocale, type Locale } from '@/i18n/locales'
import { apiText, type ApiMessageKey } from './messages'

// Errors Payload raises from what a client sent, but answers as 500s (or lets through): a
// multipart body it cannot read (busboy's own words), an upload to a route that takes none.
const clientFaults: { pattern: RegExp; status: number; key: ApiMessageKey }[] = [
  {
    pattern: /^(Unexpected end of form|Unexpected end of file|Multipart: Boundary not found|Malformed part header|Request is not eligible for file upload)/,
    status: 400,
    key: 'formUnreadable',
  },
]

/** The 4xx and message for an error that was the client's doing, if it is one. */
export const clientFaultOf = (error: unknown, language: Locale): { status: number; message: string } | null => {
  const fault = clientFaults.find(({ pattern }) => pattern.test(String((error as Error | undefined)?.message ?? '')))
  return fault ? { status: fault.status, message: apiText(language, fault.key) } : null
}

/** Payload's root afterError hook: gives such errors their 4xx, with a message in the client's language. */
export const payloadErrorStatus: AfterErrorHook = ({ error, req }) => {
  const language = req.i18n?.language
  const fault = clientFaultOf(error, isLocale(language) ? language : 'en')
  return fault ? { status: fault.status, response: { errors: [{ message: fault.message }] } } : undefined
}
