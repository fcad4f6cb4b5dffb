import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { JsonLd } from '@/components/JsonLd'
import { PressContactCard } from '@/components/PressContactCard'
import { ReleaseList } from '@/components/ReleaseList'
import { isRegion } from '@/documents/choices'
import { localeParams } from '@/i18n/localeParams'
import { Link } from '@/components/Link'
import { locales, type Locale } from '@/i18n/locales'
import { getPressContact, getSiteSettings } from '@/content'
import { contactPointJsonLd } from '@/site/press/contactPoint'
import { absoluteUrl } from '@/i18n/navigation'
import { alternatesFor } from '@/site/urls'
import { organisationName } from '@/site/organisation'

// The card shows the time now where the contact works: rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const [contact, t] = await Promise.all([
    getPressContact(locale, slug),
    getTranslations({ locale, namespace: 'Press' }),
  ])
  if (!contact) notFound()
  const [role, office] = [contact.role?.value, contact.office?.value]
  return {
    title: role ? `${contact.name} · ${role}` : contact.name,
    // A role at an office is a phrase, not a list: each language orders and joins it its own way.
    description: role && office ? t('roleAtOffice', { role, office }) : role || office || undefined,
    alternates: alternatesFor(locale, { pathname: '/press/[slug]', params: { slug } }, locales),
  }
}

export default async function PressContactPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [contact, settings, t, regionName] = await Promise.all([
    getPressContact(locale, slug),
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Press' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  if (!contact) notFound()
  const organisation = organisationName(settings)

  return (
    <div className="page page--narrow press-contact-page">
      <p>
        <Link href="/press">{t('allContacts')}</Link>
      </p>
      <PressContactCard
        contact={contact}
        locale={locale}
        now={new Date()}
        headingLevel={1}
        linkName={false}
      />
      {contact.releases.length > 0 ? (
        <section aria-labelledby="contact-releases">
          <h2 id="contact-releases">{t('releasesHeading')}</h2>
          <ReleaseList releases={contact.releases} locale={locale} headingLevel={3} />
        </section>
      ) : null}
      <JsonLd
        data={contactPointJsonLd({
          contact,
          organisation,
          organisationUrl: absoluteUrl(locale, '/'),
          regionNames: contact.regions.filter(isRegion).map((region) => regionName(region)),
          pageUrl: absoluteUrl(locale, { pathname: '/press/[slug]', params: { slug } }),
        })}
      />
    </div>
  )
}
