import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Pagination } from '@/components/Pagination'
import { ReleaseList } from '@/components/ReleaseList'
import { getPathname, Link } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listFocusAreas, listNewsReleases, type Scope } from '@/lib/content'
import { alternatesFor, isPageNumber } from '@/lib/urls'
import { localeParams } from '@/i18n/localeParams'

// Filters, page numbers and queries come from the URL: rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

const scopes: Scope[] = ['global', 'regional', 'country']
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: 'News' })])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: settings.organisationName?.value ?? settings.shortName }),
    alternates: alternatesFor(locale, '/news', locales),
  }
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const query = await searchParams
  const pageParam = single(query.page)
  const scope = single(query.scope)
  const focusArea = single(query.focusArea)
  const areas = await listFocusAreas(locale)

  // A page number or filter that cannot exist is a 404, not an empty or wrong list.
  if (pageParam !== undefined && !isPageNumber(pageParam)) notFound()
  if (scope !== undefined && !scopes.includes(scope as Scope)) notFound()
  if (focusArea !== undefined && !areas.some((area) => area.slug === focusArea)) notFound()
  const page = pageParam ? Number(pageParam) : 1

  const [news, t, scopeLabel] = await Promise.all([
    listNewsReleases(locale, { page, scope: scope as Scope | undefined, focusArea }),
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'Scope' }),
  ])
  if (page > Math.max(news.totalPages, 1)) notFound()
  const filtered = Boolean(scope || focusArea)

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <form className="filters" method="get" action={getPathname({ locale, href: '/news' })} aria-label={t('filters')}>
        <label>
          {t('focusArea')}
          <select name="focusArea" defaultValue={focusArea ?? ''}>
            <option value="">{t('allFocusAreas')}</option>
            {areas.map((area) => (
              <option key={area.slug} value={area.slug} lang={area.title?.lang !== locale ? area.title?.lang : undefined}>
                {area.title?.value}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scope')}
          <select name="scope" defaultValue={scope ?? ''}>
            <option value="">{t('allScopes')}</option>
            {scopes.map((value) => (
              <option key={value} value={value}>
                {scopeLabel(value)}
              </option>
            ))}
          </select>
        </label>
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
      <Pagination locale={locale} page={page} totalPages={news.totalPages} query={{ scope, focusArea }} />
    </div>
  )
}
