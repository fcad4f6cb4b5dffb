import { locales, type Locale } from './locales'
import { localized } from './localizedPaths'

// The news list's filters and page number are query parameters to readers (/en/news?page=2&scope=regional),
// so any view can be shared; inside the app they are path segments, so each view is rendered once and
// cached like any other page instead of on every request. The list itself is one rewrite per list
// path; a page number or filter is the proxy's work (src/proxy.ts), as Next compiles every rewrite
// rule again on each request to any page, and one rule per combination of parameters cost them all.
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

/** The list's path in each language, as readers see it (/en/news, /es/noticias). */
export const newsListPaths: ReadonlyMap<string, Locale> = new Map(
  locales.map((locale) => [`/${locale}${localized('/news', locale)}`, locale]),
)

const innerListPath = (locale: string, segments: string[]) =>
  `/${locale}/news/list/${segments.join('/')}`

/**
 * The view of the list a reader's query names, as the app's path, or null when a value is not of
 * its shape (the reader gets the 404 page). An empty value counts as not given, as the filter form
 * sends scope= for "all". A slug-shaped value the list does not know reaches the page, which
 * answers 404 itself.
 */
export const newsListView = (locale: Locale, query: URLSearchParams): string | null => {
  const segments: string[] = []
  for (const { key, pattern, fallback } of parameters) {
    const value = query.get(key)
    if (value && !pattern.test(value)) return null
    segments.push(value || fallback)
  }
  return innerListPath(locale, segments)
}

type Rewrite = {
  source: string
  destination: string
  missing: { type: 'query'; key: string; value: string }[]
}

/**
 * The list's first page, unfiltered, in each language: one rule for the languages that share its
 * path. Given empty counts as missing (value .+), as in newsListView.
 */
export const newsListRewrites = (): Rewrite[] => {
  const groups = new Map<string, Locale[]>()
  for (const [path, locale] of newsListPaths) {
    const name = path.slice(locale.length + 1)
    groups.set(name, [...(groups.get(name) ?? []), locale])
  }
  return [...groups].map(([name, sharing]) => ({
    source: `/:locale(${sharing.join('|')})${name}`,
    destination: innerListPath(
      ':locale',
      parameters.map(({ fallback }) => fallback),
    ),
    missing: parameters.map(({ key }) => ({ type: 'query' as const, key, value: '.+' })),
  }))
}
