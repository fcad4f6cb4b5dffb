import { Feed } from 'feed'
import type { Locale } from '@/i18n/locales'
import type { NewsReleaseSummary, SiteSettings } from '@/content'
import { organisationName } from '@/site/organisation'

/** RSS 2.0 of the releases that really exist in this language (no English fallbacks in a Japanese feed). */
export const buildNewsFeed = ({
  locale,
  settings,
  releases,
  feedUrl,
  homeUrl,
  releaseUrl,
  title,
}: {
  locale: Locale
  settings: SiteSettings
  releases: NewsReleaseSummary[]
  feedUrl: string
  homeUrl: string
  releaseUrl: (slug: string) => string
  title: string
}): string => {
  const translated = releases.filter((release) => release.title && !release.title.isFallback)
  const feed = new Feed({
    id: feedUrl,
    title: `${title} · ${organisationName(settings)}`,
    description: settings.tagline?.value,
    link: homeUrl,
    language: locale,
    feedLinks: { rss: feedUrl },
    copyright: organisationName(settings),
    updated: translated[0] ? new Date(translated[0].publishedAt) : undefined,
    generator: 'Beacon',
  })
  for (const release of translated) {
    feed.addItem({
      title: release.title?.value ?? release.slug,
      id: releaseUrl(release.slug),
      link: releaseUrl(release.slug),
      date: new Date(release.publishedAt),
      description:
        release.summary && !release.summary.isFallback ? release.summary.value : undefined,
    })
  }
  return feed.rss2()
}
