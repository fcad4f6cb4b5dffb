import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { FilterSelect } from '@/components/FilterSelect'
import { Pagination } from '@/components/Pagination'
import { ReleaseList } from '@/components/ReleaseList'
import { Link } from '@/components/Link'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listFocusAreas, listNewsReleases } from '@/content'
import { isScope, scopes } from '@/documents/choices'
import { alternatesFor, isPageNumber } from '@/site/urls'
import { ALL, type NewsListSegments } from '@/i18n/newsListPath'
import { decodeSegment } from '@/lib/decodeSegment'
import { organisationName } from '@/site/organisation'

// Segments arrive encoded or not depending on the path they came by.
const given = (segment: string) => (segment === ALL ? undefined : decodeSegment(segment))

/**
 * The list a URL asks for. A page number or filter that cannot exist is a 404, not an empty or
 * wrong list: for the title too, so generateMetadata asks here first.
 */
const newsView = async (locale: Locale, segments: NewsListSegments) => {
  const pageParam = decodeSegment(segments.page)
  const scope = given(segments.scope)
  const focusArea = given(segments.focusArea)
  if (!isPageNumber(pageParam)) notFound()
  const areas = await listFocusAreas(locale)
  if (scope !== undefined && !isScope(scope)) notFound()
  if (focusArea !== undefined && !areas.some((area) => area.slug === focusArea)) notFound()
  const page = Number(pageParam)
  const news = await listNewsReleases(locale, { page, scope, focusArea })
  if (page > Math.max(news.totalPages, 1)) notFound()
  return { page, scope, focusArea, areas, news }
}

/** The list's title and alternates; a view that cannot exist is a 404 here too. */
export async function newsListMetadata(
  locale: Locale,
  segments: NewsListSegments,
): Promise<Metadata> {
  await newsView(locale, segments)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'News' }),
  ])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: organisationName(settings) }),
    alternates: alternatesFor(locale, '/news', locales),
  }
}

/** The news list, filtered and paged as its segments say. */
export async function NewsList({
  locale,
  segments,
}: {
  locale: Locale
  segments: NewsListSegments
}) {
  const [{ page, scope, focusArea, areas, news }, t, scopeLabel] = await Promise.all([
    newsView(locale, segments),
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'Scope' }),
  ])
  const filtered = Boolean(scope || focusArea)

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <form
        className="filters"
        method="get"
        action={getPathname({ locale, href: '/news' })}
        aria-label={t('filters')}
      >
        <FilterSelect
          label={t('focusArea')}
          name="focusArea"
          value={focusArea}
          anyLabel={t('allFocusAreas')}
          options={areas.map((area) => ({ value: area.slug, label: area.title }))}
          locale={locale}
        />
        <FilterSelect
          label={t('scope')}
          name="scope"
          value={scope}
          anyLabel={t('allScopes')}
          options={scopes.map((value) => ({ value, label: scopeLabel(value) }))}
          locale={locale}
        />
        <button type="submit">{t('apply')}</button>
      </form>

      {news.items.length === 0 ? (
        <div className="empty">
          <p>{t('empty')}</p>
          {filtered ? <Link href="/news">{t('clearFilters')}</Link> : null}
        </div>
      ) : (
        <ReleaseList releases={news.items} locale={locale} headingLevel={2} />
      )}
      <Pagination
        locale={locale}
        page={page}
        totalPages={news.totalPages}
        query={{ scope, focusArea }}
      />
    </div>
  )
}
