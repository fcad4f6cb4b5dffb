import { getTranslations } from 'next-intl/server'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** A route handler's 404, in the reader's language (English when the locale itself is unknown). */
export const notFoundResponse = async (locale: string): Promise<Response> => {
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : defaultLocale,
    namespace: 'NotFound',
  })
  return new Response(t('title'), {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
