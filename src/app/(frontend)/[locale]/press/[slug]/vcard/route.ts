import { getTranslations } from 'next-intl/server'
import { isLocale } from '@/i18n/locales'
import { getPressContact, getSiteSettings } from '@/lib/content'
import { toVCardContact, vcardResponse } from '@/lib/press/vcardResponse'
import { absoluteUrl } from '@/lib/urls'

/** One press contact as a vCard, in the reader's language; anyone else is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [contact, settings] = await Promise.all([getPressContact(locale, slug), getSiteSettings(locale)])
  if (!contact) {
    const t = await getTranslations({ locale, namespace: 'NotFound' })
    return new Response(t('title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const url = absoluteUrl(locale, { pathname: '/press/[slug]', params: { slug } })
  return vcardResponse([toVCardContact(contact, settings, url)], contact.slug)
}
