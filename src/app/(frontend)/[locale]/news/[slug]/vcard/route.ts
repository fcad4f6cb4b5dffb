import { isLocale } from '@/i18n/locales'
import { notFoundResponse } from '@/site/notFoundResponse'
import { getNewsRelease, getSiteSettings } from '@/content'
import { toVCardContact, vcardResponse } from '@/site/press/vcardResponse'
import { absoluteUrl } from '@/i18n/navigation'

/** All of a release's press contacts in one vCard file, in the reader's language. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse(locale)
  const [release, settings] = await Promise.all([
    getNewsRelease(locale, slug),
    getSiteSettings(locale),
  ])
  if (!release || release.pressContacts.length === 0) return notFoundResponse(locale)
  const contacts = release.pressContacts.map((contact) =>
    toVCardContact(
      contact,
      settings,
      absoluteUrl(locale, { pathname: '/press/[slug]', params: { slug: contact.slug } }),
    ),
  )
  return vcardResponse(contacts, locale, `${slug}-press-contacts`)
}
