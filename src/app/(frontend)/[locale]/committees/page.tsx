import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listCommittees } from '@/content'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'
import { organisationName } from '@/site/organisation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Committees' }),
  ])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: organisationName(settings) }),
    alternates: alternatesFor(locale, '/committees', locales),
  }
}

export default async function CommitteesPage({ params }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const [committees, t, region] = await Promise.all([
    listCommittees(locale),
    getTranslations({ locale, namespace: 'Committees' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul className="card-grid">
        {committees.map((committee) => (
          <li key={committee.slug} className="card">
            <h2>
              <Link href={{ pathname: '/committees/[slug]', params: { slug: committee.slug } }}>
                <Text value={committee.name} locale={locale} />
              </Link>
              <span className="tag">{committee.code}</span>
            </h2>
            {committee.region ? <p className="muted">{region(committee.region as never)}</p> : null}
            <Text as="p" value={committee.description} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}
