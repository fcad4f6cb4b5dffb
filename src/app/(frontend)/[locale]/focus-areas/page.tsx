import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listFocusAreas } from '@/content'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'
import { organisationName } from '@/site/organisation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'FocusAreas' }),
  ])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: organisationName(settings) }),
    alternates: alternatesFor(locale, '/focus-areas', locales),
  }
}

export default async function FocusAreasPage({ params }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const [areas, t] = await Promise.all([
    listFocusAreas(locale),
    getTranslations({ locale, namespace: 'FocusAreas' }),
  ])
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul className="card-grid">
        {areas.map((area) => (
          <li key={area.slug} className="card">
            <h2>
              <Link href={{ pathname: '/focus-areas/[slug]', params: { slug: area.slug } }}>
                <Text value={area.title} locale={locale} />
              </Link>
            </h2>
            <Text as="p" value={area.summary} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}
