import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PressContacts } from '@/blocks/PressContacts/Component'
import { DocumentHeading } from '@/components/DocumentHeading'
import { JsonLd } from '@/components/JsonLd'
import { RichTextBody } from '@/components/RichTextBody'
import { Text } from '@/components/Text'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getNewsRelease, getSiteSettings } from '@/lib/content'
import { formatDateTime, formatLongDate } from '@/lib/format'
import { documentMetadata } from '@/lib/metadata'
import { absoluteUrl, alternatesFor, siteUrl } from '@/lib/urls'
import { localeParams } from '@/i18n/localeParams'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const release = await getNewsRelease(locale, slug)
  if (!release) return {}
  return documentMetadata({
    locale,
    seo: release.seo,
    title: release.title,
    description: release.summary,
    image: release.heroImage,
    type: 'article',
    publishedTime: release.publishedAt,
    alternates: alternatesFor(locale, { pathname: '/news/[slug]', params: { slug } }, release.availableLocales),
  })
}

export default async function NewsReleasePage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [release, settings, t, scope] = await Promise.all([
    getNewsRelease(locale, slug),
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Release' }),
    getTranslations({ locale, namespace: 'Scope' }),
  ])
  if (!release) notFound()

  const date = formatLongDate(release.publishedAt, release.timeZone, locale)
  const dateline = release.dateline ? t('dateline', { place: release.dateline.value, date }) : date
  const url = absoluteUrl(locale, { pathname: '/news/[slug]', params: { slug } })

  return (
    <article className="page release">
      <DocumentHeading locale={locale} section="news" title={release.title} hasFallback={release.hasFallback} slug={slug} />
      <header className="release__header">
          <p className="release__dateline">
          <span lang={release.dateline?.lang !== locale ? release.dateline?.lang : undefined}>{dateline}</span>
        </p>
        <dl className="release__facts">
          <div>
            <dt>{t('published')}</dt>
            <dd>
              <time dateTime={release.publishedAt}>{formatDateTime(release.publishedAt, release.timeZone, locale)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('scope')}</dt>
            <dd>{scope(release.scope)}</dd>
          </div>
        </dl>
      </header>
      {release.heroImage ? (
        <img
          className="release__image"
          src={release.heroImage.url}
          alt={release.heroImage.alt?.value ?? ''}
          lang={release.heroImage.alt?.lang !== locale ? release.heroImage.alt?.lang : undefined}
          width={release.heroImage.width ?? undefined}
          height={release.heroImage.height ?? undefined}
        />
      ) : null}
      <Text as="p" className="lead" value={release.summary} locale={locale} />
      <RichTextBody value={release.body} locale={locale} />
      {release.focusAreas.length > 0 ? (
        <aside className="release__topics" aria-labelledby="release-topics">
          <h2 id="release-topics">{t('focusAreas')}</h2>
          <ul>
            {release.focusAreas.map((area) => (
              <li key={area.slug}>
                <Link href={{ pathname: '/focus-areas/[slug]', params: { slug: area.slug } }}>
                  <Text value={area.title} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      <PressContacts
        contacts={release.pressContacts}
        locale={locale}
        vcardHref={getPathname({ locale, href: { pathname: '/news/[slug]/vcard', params: { slug } } })}
      />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: release.title?.value,
          description: release.summary?.value,
          datePublished: release.publishedAt,
          dateline: release.dateline?.value,
          inLanguage: release.title?.lang ?? locale,
          mainEntityOfPage: url,
          image: release.heroImage ? [`${siteUrl()}${release.heroImage.url}`] : undefined,
          publisher: { '@type': 'Organization', name: settings.organisationName?.value ?? settings.shortName, url: siteUrl() },
        }}
      />
    </article>
  )
}
