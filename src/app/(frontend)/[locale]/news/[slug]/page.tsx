import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { JsonLd } from '@/components/JsonLd'
import { ReleaseArticle } from '@/components/ReleaseArticle'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getNewsRelease, getSiteSettings } from '@/content'
import { documentMetadata } from '@/site/metadata'
import { absoluteUrl } from '@/i18n/navigation'
import { alternatesFor } from '@/site/urls'
import { siteUrl } from '@/lib/siteUrl'
import { localeParams } from '@/i18n/localeParams'
import { organisationName } from '@/site/organisation'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const release = await getNewsRelease(locale, slug)
  if (!release) notFound()
  return documentMetadata({
    locale,
    seo: release.seo,
    title: release.title,
    description: release.summary,
    image: release.heroImage,
    type: 'article',
    publishedTime: release.publishedAt,
    alternates: alternatesFor(
      locale,
      { pathname: '/news/[slug]', params: { slug } },
      release.availableLocales,
    ),
  })
}

export default async function NewsReleasePage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [release, settings] = await Promise.all([
    getNewsRelease(locale, slug),
    getSiteSettings(locale),
  ])
  if (!release) notFound()

  const url = absoluteUrl(locale, { pathname: '/news/[slug]', params: { slug } })

  return (
    <ReleaseArticle
      release={release}
      locale={locale}
      vcardHref={getPathname({
        locale,
        href: { pathname: '/news/[slug]/vcard', params: { slug } },
      })}
    >
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
          publisher: { '@type': 'Organization', name: organisationName(settings), url: siteUrl() },
        }}
      />
    </ReleaseArticle>
  )
}
