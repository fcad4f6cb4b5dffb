import { locales } from './locales'
import { localized } from './localizedPaths'

// The news list's filters and page number are query parameters to readers (/en/news?page=2&scope=regional),
// so any view can be shared; inside the app they are path segments, so each view is rendered once and
// cached like any other page instead of on every request. Next's own rewrites map one to the other.
export const ALL = 'all'

// Next puts a value into the path as it is: one that could add or climb segments (/, .., ?, #, %)
// must not match, or ?page=..&scope=..&focusArea=press would render the press room.
const word = '[^/\\\\?#%.]+'

// The list's parameters in the order of the app's segments: the values each takes, and its value
// when not given.
const parameters = [
  { key: 'page', pattern: '[0-9]{1,9}', fallback: '1' },
  { key: 'scope', pattern: word, fallback: ALL },
  { key: 'focusArea', pattern: word, fallback: ALL },
] as const

// The list's paths, with the languages that share them: its path in each language and its inner
// one, which a staff request in draft mode has after the proxy's own rewrite (/es/noticias to
// /es/news). Languages with the same paths share one set of rules, as Next compiles each rule again
// on every request to a page.
const listPaths = () => {
  const groups = new Map<string, string[]>()
  for (const locale of locales) {
    const names = [...new Set([localized('/news', locale), '/news'])].map((name) => name.slice(1))
    groups.set(names.join('|'), [...(groups.get(names.join('|')) ?? []), locale])
  }
  return [...groups].map(([names, sharing]) => ({
    path: `/:locale(${sharing.join('|')})/${names.includes('|') ? `:list(${names})` : names}`,
  }))
}

type Rewrite = {
  source: string
  destination: string
  has?: { type: 'query'; key: string; value: string }[]
  missing?: { type: 'query'; key: string; value: string }[]
}

/**
 * One rewrite for each combination of given and missing parameters, in each language: Next matches
 * them itself, so the list needs no proxy. A value given becomes its segment, and the page answers
 * 404 to one it does not know; a value of another shape matches no rewrite, and gets the 404 page too.
 */
export const newsListRewrites = (): Rewrite[] =>
  listPaths().flatMap(({ path }) =>
    Array.from({ length: 2 ** parameters.length }, (_, combination) => {
      const given = parameters.map((_, index) => Boolean(combination & (1 << index)))
      const has = parameters
        .filter((_, index) => given[index])
        .map(({ key, pattern }) => ({
          type: 'query' as const,
          key,
          value: `(?<${key}>${pattern})`,
        }))
      const missing = parameters
        .filter((_, index) => !given[index])
        // Missing, or given empty (the filter form sends scope= for "all"): the value applies.
        .map(({ key }) => ({ type: 'query' as const, key, value: '.+' }))
      const segments = parameters.map(({ key, fallback }, index) =>
        given[index] ? `:${key}` : fallback,
      )
      return {
        source: path,
        destination: `/:locale/news/list/${segments.join('/')}`,
        ...(has.length ? { has } : {}),
        ...(missing.length ? { missing } : {}),
      }
    }),
  )
