import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'

/**
 * A page's params with its locale checked. Paths the proxy leaves alone (/favicon.ico) still reach
 * [locale]; the layout's own check runs in parallel with the page, so each page checks too and
 * answers 404 rather than rendering, and failing, in a language that doesn't exist.
 */
export const localeParams = async <P extends { locale: string }>(
  params: Promise<P>,
): Promise<P & { locale: Locale }> => {
  const resolved = await params
  if (!isLocale(resolved.locale)) notFound()
  return resolved as P & { locale: Locale }
}
