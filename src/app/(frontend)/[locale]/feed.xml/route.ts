import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { routing } from '@/i18n/routing'
import { getSiteSettings, listLatestNewsReleases } from '@/content'
import { buildNewsFeed } from '@/site/feed'
import { notFoundResponse } from '@/site/notFoundResponse'
import { absoluteUrl } from '@/i18n/navigation'

const FEED_SIZE = 30

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return notFoundResponse(locale)
  const [settings, news, t] = await Promise.all([
    getSiteSettings(locale),
    listLatestNewsReleases(locale, FEED_SIZE),
    getTranslations({ locale, namespace: 'News' }),
  ])
  const body = buildNewsFeed({
    locale,
    settings,
    releases: news,
    title: t('title'),
    feedUrl: `${absoluteUrl(locale, '/')}/feed.xml`,
    homeUrl: absoluteUrl(locale, '/'),
    releaseUrl: (slug) => absoluteUrl(locale, { pathname: '/news/[slug]', params: { slug } }),
  })
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
