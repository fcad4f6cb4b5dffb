import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { GAP, pageWindow } from './pageWindow'

/** Page numbers live in the URL (?page=2), so any page of a filtered list can be shared. */
export async function Pagination({
  locale,
  page,
  totalPages,
  query,
  pathname = '/news',
}: {
  locale: Locale
  page: number
  totalPages: number
  query: Record<string, string | undefined>
  pathname?: '/news' | '/search' | '/press'
}) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'News' })
  const hrefFor = (target: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: target > 1 ? String(target) : undefined }).filter(
        ([, v]) => v !== undefined,
      ),
    ) as Record<string, string>,
  })
  return (
    <nav aria-label={t('pagination')} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((n, i) =>
          n === GAP ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              {t('pagesLeftOut')}
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('page', { page: n })}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="pagination__status">{t('pageOf', { page, total: totalPages })}</p>
    </nav>
  )
}
