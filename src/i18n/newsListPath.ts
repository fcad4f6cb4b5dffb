import { isLocale } from './locales'

// The news list's filters and page number are query parameters to readers (/en/news?page=2&scope=regional),
// so any view can be shared; inside the app they are path segments, so each view is rendered once and
// cached like any other page instead of on every request. The proxy maps one to the other.
export const ALL = 'all'
const newsList = /^\/([a-z]{2})\/news\/?$/

/** The internal path of a news-list URL (after next-intl's own rewrite), or null for any other page. */
export const newsListPath = (
  internalPathname: string,
  searchParams: URLSearchParams,
): string | null => {
  const locale = newsList.exec(internalPathname)?.[1]
  if (!locale || !isLocale(locale)) return null
  const segment = (name: string, fallback: string) =>
    encodeURIComponent(searchParams.get(name) || fallback)
  return `/${locale}/news/list/${segment('page', '1')}/${segment('scope', ALL)}/${segment('focusArea', ALL)}`
}
