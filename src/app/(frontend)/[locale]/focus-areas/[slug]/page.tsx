import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PressContacts } from '@/components/blocks/PressContacts'
import { DocumentHeading } from '@/components/DocumentHeading'
import { ReleaseList } from '@/components/ReleaseList'
import { RichTextBody } from '@/components/RichTextBody'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { getFocusArea } from '@/content'
import { documentMetadata } from '@/site/metadata'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const area = await getFocusArea(locale, slug)
  if (!area) notFound()
  return documentMetadata({
    locale,
    seo: area.seo,
    title: area.title,
    description: area.summary,
    image: area.heroImage,
    alternates: alternatesFor(
      locale,
      { pathname: '/focus-areas/[slug]', params: { slug } },
      area.availableLocales,
    ),
  })
}

export default async function FocusAreaPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [area, t] = await Promise.all([
    getFocusArea(locale, slug),
    getTranslations({ locale, namespace: 'FocusAreas' }),
  ])
  if (!area) notFound()
  const regionName = new Intl.DisplayNames([locale], { type: 'region' })

  return (
    <article className="page">
      <DocumentHeading
        locale={locale}
        kind="focus-areas"
        title={area.title}
        fallbackLang={area.fallbackLang}
        slug={slug}
      />
      <Text as="p" className="lead" value={area.summary} locale={locale} />
      <RichTextBody value={area.body} locale={locale} />

      {area.stance.length > 0 ? (
        <section aria-labelledby="stance">
          <h2 id="stance">{t('stance')}</h2>
          {area.stance.map((point, i) => (
            <div key={i} className="stance">
              <Text as="h3" value={point.heading} locale={locale} />
              <Text as="p" value={point.text} locale={locale} />
            </div>
          ))}
        </section>
      ) : null}

      {area.activities.length > 0 ? (
        <section aria-labelledby="activities">
          <h2 id="activities">{t('activities')}</h2>
          {area.activities.map((activity, i) => (
            <div key={i} className="activity">
              <h3>
                {activity.committee ? (
                  <Link
                    href={{
                      pathname: '/committees/[slug]',
                      params: { slug: activity.committee.slug },
                    }}
                  >
                    <Text value={activity.committee.name} locale={locale} />
                  </Link>
                ) : null}
                {activity.committee ? <span className="tag">{activity.committee.code}</span> : null}
              </h3>
              <Text as="p" value={activity.text} locale={locale} />
            </div>
          ))}
        </section>
      ) : null}

      {area.partners.length > 0 ? (
        <section aria-labelledby="partners">
          <h2 id="partners">{t('partners')}</h2>
          <ul>
            {area.partners.map((partner) => (
              <li key={partner.slug}>
                <Link href={{ pathname: '/partners/[slug]', params: { slug: partner.slug } }}>
                  <Text value={partner.name} locale={locale} />
                </Link>
                {partner.acronym ? ` (${partner.acronym})` : ''} — {regionName.of(partner.country)}
                {partner.website ? (
                  <>
                    {' '}
                    <a href={partner.website} rel="noopener">
                      {new URL(partner.website).host}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {area.relatedMaterials.length > 0 ? (
        <section aria-labelledby="materials">
          <h2 id="materials">{t('materials')}</h2>
          <ul>
            {area.relatedMaterials.map((material) => (
              <li key={material.href}>
                <a href={material.href}>
                  <Text value={material.title} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {area.relatedReleases.length > 0 ? (
        <section aria-labelledby="related-news">
          <h2 id="related-news">{t('relatedNews')}</h2>
          <ReleaseList releases={area.relatedReleases} locale={locale} />
        </section>
      ) : null}

      <PressContacts contacts={area.pressContacts} locale={locale} heading={t('pressContacts')} />
      {area.pressContactsTotal > area.pressContacts.length ? (
        <p className="press-contacts__more">
          <Link href={{ pathname: '/press', query: { topic: slug } }}>
            {t('allPressContacts', { count: area.pressContactsTotal })}
          </Link>
        </p>
      ) : null}
    </article>
  )
}
