import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Highlight } from '@/components/Highlight'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { Link } from '@/components/Link'
import { locales, type Locale } from '@/i18n/locales'
import { normaliseQuery, search } from '@/content'
import { kindOf } from '@/documents/kinds'
import { formatDateTime } from '@/i18n/format'
import { alternatesFor, isPageNumber } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'

// Filters, page numbers and queries come from the URL: rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined

/**
 * The results a URL asks for; a page of them that cannot exist is a 404, for the title too. The
 * search runs once per request, though both the title and the page ask (the read layer shares it).
 */
const resultsView = async (locale: Locale, q: string, pageParam: string | undefined) => {
  if (pageParam !== undefined && !isPageNumber(pageParam)) notFound()
  const page = pageParam ? Number(pageParam) : 1
  const results = await search(locale, q, page)
  if (q && page > Math.max(results.totalPages, 1)) notFound()
  return { page, results }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const query = await searchParams
  await resultsView(locale, normaliseQuery(single(query.q)), single(query.page))
  const t = await getTranslations({ locale, namespace: 'Search' })
  // Result pages are not worth indexing; the search page itself is.
  return {
    title: t('title'),
    robots: { index: false, follow: true },
    alternates: alternatesFor(locale, '/search', locales),
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const query = await searchParams
  const q = normaliseQuery(single(query.q))
  const [{ page, results }, t] = await Promise.all([
    resultsView(locale, q, single(query.page)),
    getTranslations({ locale, namespace: 'Search' }),
  ])

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <SearchForm locale={locale} defaultValue={q} id="search-page" />
      {q ? (
        <>
          <p role="status">{t('results', { count: results.totalItems, query: q })}</p>
          {results.totalItems === 0 ? <p>{t('empty', { query: q })}</p> : null}
          <ol className="release-list" start={(page - 1) * 10 + 1}>
            {results.items.map((result) => (
              <li key={`${result.kind}:${result.slug}`} className="release-card">
                <p className="release-card__meta">
                  <span className="tag">{t(`kind.${result.kind}` as const)}</span>
                  <span className="search-result__date">
                    {t.rich(`date.${result.date.meaning}`, {
                      date: formatDateTime(result.date.at, result.date.timeZone, locale),
                      time: (chunks) => <time dateTime={result.date.at}>{chunks}</time>,
                    })}
                  </span>
                </p>
                <h2 className="release-card__title">
                  <Link
                    href={
                      { pathname: kindOf(result.kind).page, params: { slug: result.slug } } as never
                    }
                  >
                    <Highlight value={result.title} query={q} locale={locale} />
                  </Link>
                </h2>
                <p className="release-card__summary">
                  <Highlight value={result.text} query={q} locale={locale} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            locale={locale}
            page={page}
            totalPages={results.totalPages}
            query={{ q }}
            pathname="/search"
          />
        </>
      ) : null}
    </div>
  )
}
