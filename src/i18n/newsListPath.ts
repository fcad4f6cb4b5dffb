import { locales, type Locale } from './locales'
import { localized } from './localizedPaths'

// The news list's filters and page number are query parameters to readers (/en/news?page=2&scope=regional),
// so any view can be shared; inside the app they are path segments, so each view is rendered once and
// cached like any other page instead of on every request. The first page, unfiltered, has its own
// route (news/page.tsx), reached directly (in Spanish, by the translated paths' rule); a page
// number or filter is the proxy's work (src/proxy.ts). Not Next's rewrites: Next compiles every
// rule again on each request to any page, and a rewritten request costs more than a direct one
// (15% of the list's CPU per cached response).
export const ALL = 'all'

// Next puts a value into the path as it is: one that could add or climb segments (/, .., ?, #, %)
// must not match, or ?page=..&scope=..&focusArea=press would render the press room.
const word = /^[^/\\?#%.]+$/

// The list's parameters in the order of the app's segments: the values each takes, and its value
// when not given.
const parameters = [
  { key: 'page', pattern: /^[0-9]{1,9}$/, fallback: '1' },
  { key: 'scope', pattern: word, fallback: ALL },
  { key: 'focusArea', pattern: word, fallback: ALL },
] as const

/** The query parameters that make a view of the list other than its first page. */
export const newsListParameters = parameters.map(({ key }) => key)

/** A view of the list as the app's segments hold it (ALL for a filter not given). */
export type NewsListSegments = Record<(typeof parameters)[number]['key'], string>

/** The list's first page, unfiltered. */
export const firstNewsListPage = Object.fromEntries(
  parameters.map(({ key, fallback }) => [key, fallback]),
) as NewsListSegments

/** The list's path in each language, as readers see it (/en/news, /es/noticias). */
export const newsListPaths: ReadonlyMap<string, Locale> = new Map(
  locales.map((locale) => [`/${locale}${localized('/news', locale)}`, locale]),
)

const firstPagePath = (locale: Locale) => `/${locale}/news`
const innerListPath = (locale: Locale, segments: string[]) =>
  `${firstPagePath(locale)}/list/${segments.join('/')}`

/**
 * The view of the list a reader's query names, as the app's path: the first page's own route when
 * it names no other. Null when a value is not of its shape (the reader gets the 404 page). An empty
 * value counts as not given, as the filter form sends scope= for "all". A slug-shaped value the
 * list does not know reaches the page, which answers 404 itself.
 */
export const newsListView = (locale: Locale, query: URLSearchParams): string | null => {
  const segments: string[] = []
  for (const { key, pattern, fallback } of parameters) {
    const value = query.get(key)
    if (value && !pattern.test(value)) return null
    segments.push(value || fallback)
  }
  if (segments.every((segment, i) => segment === parameters[i].fallback))
    return firstPagePath(locale)
  return innerListPath(locale, segments)
}

/** Where the proxy sends a query of the wrong shape: page 0, which the list answers with its 404. */
export const notNewsListView = (locale: Locale) =>
  innerListPath(
    locale,
    parameters.map(({ key, fallback }) => (key === 'page' ? '0' : fallback)),
  )
