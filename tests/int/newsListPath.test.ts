// The news list's query parameters become path segments inside the app, so each view can be cached.
// The first page has its own route; a page number or filter is the proxy's (src/i18n/newsListPath.ts),
// and Spanish paths are Next's own rewrites: checked through Next's matching functions and the proxy itself.
import { describe, expect, it } from '@jest/globals'
import { NextRequest } from 'next/server'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js'
import {
  matchHas,
  prepareDestination,
} from 'next/dist/shared/lib/router/utils/prepare-destination.js'
import proxy, { config } from '@/proxy'
import { translatedPathRewrites } from '@/i18n/localizedPaths'
import { notNewsListView } from '@/i18n/newsListPath'

// Next's router on its rewrites, with its own matching functions, as its resolve-routes does (its
// testing helper, unstable_getResponseFromNextConfig, drops the values a `has` condition captures).
const rules = translatedPathRewrites().map((rule) => ({
  ...rule,
  missing: undefined,
  match: getPathMatch(rule.source, { removeUnnamedParams: true, strict: true }),
}))

const rewritten = (pathname: string, query: Record<string, string>) => {
  for (const rule of rules) {
    const params = rule.match(pathname)
    const has = params && matchHas({ headers: {} } as never, query, undefined, rule.missing)
    if (!params || !has) continue
    const { parsedDestination } = prepareDestination({
      appendParamsToQuery: false,
      destination: rule.destination,
      params: { ...params, ...has },
      query,
    })
    return parsedDestination.pathname ?? null
  }
  return null
}

/**
 * The app's path a reader's URL is rendered from: through the proxy where Next would run it, then
 * Next's rewrites, as Next does.
 */
const internal = async (url: string, { draftMode = false } = {}) => {
  const cookies: Record<string, string> = draftMode ? { __prerender_bypass: 'x' } : {}
  let { pathname, searchParams } = new URL(url, 'http://localhost')
  if (unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}`, cookies })) {
    const request = new NextRequest(`http://localhost${url}`)
    for (const [name, value] of Object.entries(cookies)) request.cookies.set(name, value)
    const to = (await proxy(request)).headers.get('x-middleware-rewrite')
    // Next replaces the path and query with the rewrite's.
    if (to) ({ pathname, searchParams } = new URL(to))
  }
  return rewritten(pathname, Object.fromEntries(searchParams)) ?? pathname
}

// The list's views inside the app: its first page's route, or a view under news/list/.
const isListView = (path: string) => /^\/\w+\/news(?:\/list\/[^/]+\/[^/]+\/[^/]+)?$/.test(path)

describe('the news list’s addresses', () => {
  it('maps the list, its page and filters to one internal path per view, in each language', async () => {
    // The first page is its own route, with no rewrite: the same whether asked for or named.
    expect(await internal('/en/news')).toBe('/en/news')
    expect(await internal('/es/noticias')).toBe('/es/news')
    expect(await internal('/ja/news?page=1&utm_source=mail')).toBe('/ja/news')
    expect(await internal('/ja/news?page=2')).toBe('/ja/news/list/2/all/all')
    expect(await internal('/ja/news?page=3&scope=regional&focusArea=human-trafficking')).toBe(
      '/ja/news/list/3/regional/human-trafficking',
    )
    expect(await internal('/es/noticias?focusArea=human-trafficking&utm_source=mail')).toBe(
      '/es/news/list/1/all/human-trafficking',
    )
    // Staff in draft mode go through the proxy on every page.
    expect(await internal('/es/noticias', { draftMode: true })).toBe('/es/news')
    expect(await internal('/en/news?page=2', { draftMode: true })).toBe('/en/news/list/2/all/all')
  })

  it('reads an empty value as not given, as the filter form sends “all”', async () => {
    expect(await internal('/en/news?page=&scope=&focusArea=')).toBe('/en/news')
    expect(await internal('/en/news?scope=&focusArea=ai')).toBe('/en/news/list/1/all/ai')
  })

  it('rewrites no value that could leave the list: the reader gets its 404 page', async () => {
    for (const query of [
      'page=a/b',
      'page=abc',
      'scope=..',
      'scope=%2F..%2F',
      'page=1&scope=..&focusArea=..%2Fpress',
      'focusArea=x%3Fy',
    ])
      for (const [list, locale] of [
        ['/ja/news', 'ja'],
        ['/es/noticias', 'es'],
      ] as const) {
        // Page 0, which the list answers with its 404 in the reader's language (tests/e2e/newsList).
        expect([list, query, await internal(`${list}?${query}`)]).toEqual([
          list,
          query,
          notNewsListView(locale),
        ])
        expect(await internal(`${list}?${query}`, { draftMode: true })).toBe(
          notNewsListView(locale),
        )
      }
    // A slug-shaped value it does not know reaches the page, which answers 404 itself.
    expect(await internal('/es/noticias?focusArea=nowhere')).toBe('/es/news/list/1/all/nowhere')
  })

  it('leaves every other path alone', async () => {
    for (const path of ['/en/news/some-release?page=2', '/fr/news?page=2', '/en?page=2'])
      expect([path, isListView(await internal(path))]).toEqual([path, false])
  })
})
