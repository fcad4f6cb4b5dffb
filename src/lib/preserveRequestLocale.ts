import type { PayloadRequest } from 'payload'

/**
 * A Local API call made with `req` (to share its transaction) rewrites req.locale and
 * req.fallbackLocale; hooks wrap such calls so the operation around them keeps its own.
 */
export const preserveRequestLocale = async <T>(
  req: PayloadRequest,
  run: () => Promise<T>,
): Promise<T> => {
  const { locale, fallbackLocale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
