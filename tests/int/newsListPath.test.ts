// The news list's query parameters become path segments inside the app, so each view can be cached.
// Next's own rewrites do it (src/i18n/newsListPath.ts), with no proxy: checked through Next's router.
import { describe, expect, it } from '@jest/globals'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js'
import {
  matchHas,
  prepareDestination,
} from 'next/dist/shared/lib/router/utils/prepare-destination.js'
import { newsListRewrites } from '@/i18n/newsListPath'
import { translatedPathRewrites } from '@/i18n/localizedPaths'

// Next's router on its rewrites, with its own matching functions, as its resolve-routes does (its
// testing helper, unstable_getResponseFromNextConfig, drops the values a `has` condition captures).
const rewrites: ReturnType<typeof newsListRewrites> = [
  ...newsListRewrites(),
  ...translatedPathRewrites(),
]
const rules = rewrites.map((rule) => ({
  ...rule,
  match: getPathMatch(rule.source, { removeUnnamedParams: true, strict: true }),
}))

/** The app path a reader's URL is rendered from (query left off), or null when none is rewritten. */
const internal = async (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  const query = Object.fromEntries(searchParams)
  for (const rule of rules) {
    const params = rule.match(pathname)
    const has = params && matchHas({ headers: {} } as never, query, rule.has, rule.missing)
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

describe('the news list’s addresses', () => {
  it('maps the list, its page and filters to one internal path per view, in each language', async () => {
    expect(await internal('/en/news')).toBe('/en/news/list/1/all/all')
    expect(await internal('/ja/news?page=3&scope=regional&focusArea=human-trafficking')).toBe(
      '/ja/news/list/3/regional/human-trafficking',
    )
    expect(await internal('/es/noticias?focusArea=human-trafficking&utm_source=mail')).toBe(
      '/es/news/list/1/all/human-trafficking',
    )
    // Staff in draft mode reach it by the inner path, after the proxy's rewrite.
    expect(await internal('/es/news?page=2')).toBe('/es/news/list/2/all/all')
  })

  it('reads an empty value as not given, as the filter form sends “all”', async () => {
    expect(await internal('/en/news?page=&scope=&focusArea=')).toBe('/en/news/list/1/all/all')
    expect(await internal('/en/news?scope=&focusArea=ai')).toBe('/en/news/list/1/all/ai')
  })

  it('rewrites no value that could leave the list: the reader gets the 404 page', async () => {
    for (const query of [
      'page=a/b',
      'page=abc',
      'scope=..',
      'scope=%2F..%2F',
      'page=1&scope=..&focusArea=..%2Fpress',
      'focusArea=x%3Fy',
    ])
      expect([query, await internal(`/ja/news?${query}`)]).toEqual([query, null])
    // A slug-shaped value it does not know reaches the page, which answers 404 itself.
    expect(await internal('/es/noticias?focusArea=nowhere')).toBe('/es/news/list/1/all/nowhere')
  })

  it('leaves every other path alone', async () => {
    for (const path of ['/en/news/some-release?page=2', '/fr/news?page=2', '/en?page=2'])
      expect(await internal(path)).toBeNull()
  })
})
