import { isLocale } from '@/i18n/locales'
import { notFoundResponse } from '@/site/notFoundResponse'
import { getPressContact, getSiteSettings } from '@/content'
import { toVCardContact, vcardResponse } from '@/site/press/vcardResponse'
import { absoluteUrl } from '@/i18n/navigation'

/** One press contact as a vCard, in the reader's language; anyone else is a 404. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse(locale)
  const [contact, settings] = await Promise.all([
    getPressContact(locale, slug),
    getSiteSettings(locale),
  ])
  if (!contact) return notFoundResponse(locale)
  const url = absoluteUrl(locale, { pathname: '/press/[slug]', params: { slug } })
  return vcardResponse([toVCardContact(contact, settings, url)], locale, contact.slug)
}
