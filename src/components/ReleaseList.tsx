import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import type { NewsReleaseSummary } from '@/content'
import { formatLongDate } from '@/i18n/format'
import { Text } from './Text'

export async function ReleaseList({
  releases,
  locale,
  headingLevel = 3,
}: {
  releases: NewsReleaseSummary[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const scope = await getTranslations({ locale, namespace: 'Scope' })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="release-list">
      {releases.map((release) => (
        <li key={release.slug} className="release-card">
          <p className="release-card__meta">
            <time dateTime={release.publishedAt}>
              {formatLongDate(release.publishedAt, release.timeZone, locale)}
            </time>
            <span className="tag">{scope(release.scope)}</span>
          </p>
          <Heading className="release-card__title">
            <Link href={{ pathname: '/news/[slug]', params: { slug: release.slug } }}>
              <Text value={release.title} locale={locale} />
            </Link>
          </Heading>
          <Text as="p" className="release-card__summary" value={release.summary} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
