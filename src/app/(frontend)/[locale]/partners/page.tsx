import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listPartners } from '@/content'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'
import { organisationName } from '@/site/organisation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Partners' }),
  ])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: organisationName(settings) }),
    alternates: alternatesFor(locale, '/partners', locales),
  }
}

export default async function PartnersPage({ params }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const [partners, t] = await Promise.all([
    listPartners(locale),
    getTranslations({ locale, namespace: 'Partners' }),
  ])
  const countryName = new Intl.DisplayNames([locale], { type: 'region' })
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul className="card-grid">
        {partners.map((partner) => (
          <li key={partner.slug} className="card">
            <h2>
              <Link href={{ pathname: '/partners/[slug]', params: { slug: partner.slug } }}>
                <Text value={partner.name} locale={locale} />
              </Link>
            </h2>
            <p className="muted">
              {partner.acronym ? `${partner.acronym} · ` : ''}
              {countryName.of(partner.country)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
