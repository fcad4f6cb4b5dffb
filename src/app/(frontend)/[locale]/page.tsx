import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ReleaseList } from '@/components/ReleaseList'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { getSiteSettings, listFocusAreas, listLatestNewsReleases } from '@/content'
import { alternatesFor } from '@/site/urls'
import { locales } from '@/i18n/locales'
import { localeParams } from '@/i18n/localeParams'
import { organisationName } from '@/site/organisation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Home' }),
  ])
  const organisation = organisationName(settings)
  return {
    description: t('metaDescription', { organisation }),
    alternates: alternatesFor(locale, '/', locales),
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const [settings, areas, news, t] = await Promise.all([
    getSiteSettings(locale),
    listFocusAreas(locale),
    listLatestNewsReleases(locale, 5),
    getTranslations({ locale, namespace: 'Home' }),
  ])
  return (
    <div className="page">
      <section className="hero">
        <Text as="h1" value={settings.organisationName} locale={locale} />
        <Text as="p" className="lead" value={settings.tagline} locale={locale} />
      </section>

      <section aria-labelledby="home-focus-areas">
        <h2 id="home-focus-areas">{t('focusAreas')}</h2>
        <ul className="card-grid">
          {areas.map((area) => (
            <li key={area.slug} className="card">
              <h3>
                <Link href={{ pathname: '/focus-areas/[slug]', params: { slug: area.slug } }}>
                  <Text value={area.title} locale={locale} />
                </Link>
              </h3>
              <Text as="p" value={area.summary} locale={locale} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-news">
        <h2 id="home-news">{t('latestNews')}</h2>
        <ReleaseList releases={news} locale={locale} />
        <p>
          <Link href="/news">{t('allNews')}</Link>
        </p>
      </section>

      <section aria-labelledby="home-press" className="callout">
        <h2 id="home-press">{t('forJournalists')}</h2>
        <p>{t('forJournalistsText')}</p>
      </section>
    </div>
  )
}
