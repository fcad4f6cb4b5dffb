// The proxy runs only on the paths where it has work (src/proxy.ts); every other page is found by Next
// alone. Its matcher is a literal Next reads at build time, so this checks it against the locale list
// and the routing table: a new language or a renamed path that the matcher misses fails here.
import { describe, expect, it } from '@jest/globals'
import {
  getRedirectUrl,
  getRewrittenUrl,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from 'next/experimental/testing/server'
import { config } from '@/proxy'
import { locales } from '@/i18n/locales'
import { innerPathRedirects, localized, translatedPathRewrites } from '@/i18n/localizedPaths'
import { newsListParameters } from '@/i18n/newsListPath'
import { routing, type AppPathname } from '@/i18n/routing'

/** Whether Next would run the proxy for this path, with or without staff's draft-mode cookie. */
const proxied = (path: string, { draftMode = false } = {}) =>
  unstable_doesMiddlewareMatch({
    config,
    url: `http://localhost${path}`,
    cookies: draftMode ? { __prerender_bypass: 'x' } : {},
  })

const withValues = (path: string) =>
  path.replace('[slug]', 'some-slug').replace('[token]', 'some-token').replace(/\/$/, '')
const pathIn = (locale: string, pathname: AppPathname) =>
  withValues(`/${locale}${localized(pathname, locale as never)}`)
// The route that renders it inside the app.
const innerPathIn = (locale: string, pathname: AppPathname) => withValues(`/${locale}${pathname}`)

// Where the proxy has work in every language: the press room's rate limit, embargo links' private headers.
const proxyWork: AppPathname[] = [
  '/press',
  '/press/[slug]',
  '/press/[slug]/vcard',
  '/news/embargoed/[token]',
]

describe('the proxy matcher', () => {
  it('runs the proxy where a path has no language of the site: negotiation and missing pages', () => {
    for (const path of ['/', '/news', '/fr', '/fr/news', '/pt-BR/news/x', '/english', '/EN/news'])
      expect([path, proxied(path)]).toEqual([path, true])
  })

  it('runs it for the press room and embargo links, in each language', () => {
    for (const locale of locales)
      for (const pathname of proxyWork) {
        const path = pathIn(locale, pathname)
        expect([path, proxied(path)]).toEqual([path, true])
      }
  })

  it('runs it for the news list with a page number or a filter in its query, in each language', () => {
    for (const locale of locales) {
      const list = pathIn(locale, '/news')
      for (const key of newsListParameters) {
        const path = `${list}?${key}=2&utm_source=mail`
        expect([path, proxied(path)]).toEqual([path, true])
      }
      expect([list, proxied(`${list}?utm_source=mail`)]).toEqual([list, false])
    }
  })

  it('leaves every other page in every language to Next alone', () => {
    const others = (Object.keys(routing.pathnames) as AppPathname[]).filter(
      (pathname) => !proxyWork.includes(pathname),
    )
    expect(others).toContain('/news/[slug]')
    for (const locale of locales)
      for (const pathname of others) {
        const path = pathIn(locale, pathname)
        expect([path, proxied(path)]).toEqual([path, false])
        // Staff in draft mode get the proxy everywhere (private headers).
        expect([path, proxied(path, { draftMode: true })]).toEqual([path, true])
      }
  })

  it('never runs it for Payload, Next’s files or files with an extension', () => {
    for (const path of ['/admin', '/api/news-releases', '/_next/static/x.js', '/en/feed.xml'])
      expect([path, proxied(path, { draftMode: true })]).toEqual([path, false])
  })
})

describe('translated paths without the proxy', () => {
  const nextConfig = {
    redirects: async () => innerPathRedirects(),
    rewrites: async () => ({ beforeFiles: translatedPathRewrites(), afterFiles: [], fallback: [] }),
  }
  const through = (path: string) =>
    unstable_getResponseFromNextConfig({ url: `http://localhost${path}`, nextConfig })

  it('finds each page by its path in its language', async () => {
    expect(getRewrittenUrl(await through('/es/noticias/some-slug'))).toBe(
      'http://localhost/es/news/some-slug',
    )
    expect(getRewrittenUrl(await through('/es/areas-tematicas'))).toBe(
      'http://localhost/es/focus-areas',
    )
    expect(getRewrittenUrl(await through('/es/noticias/some-slug/vcard'))).toBe(
      'http://localhost/es/news/some-slug/vcard',
    )
    expect(getRewrittenUrl(await through('/ja/news/some-slug'))).toBeNull()
  })

  it('sends a page asked for by the app’s inner name to its own path', async () => {
    const response = await through('/es/news/some-slug?utm=x')
    expect(response.status).toBe(307)
    expect(getRedirectUrl(response)).toBe('http://localhost/es/noticias/some-slug?utm=x')
    expect(getRedirectUrl(await through('/es/committees'))).toBe('http://localhost/es/comites')
    expect(getRedirectUrl(await through('/en/news/some-slug'))).toBeNull()
  })

  it('finds and redirects every route of the routing table in every language', async () => {
    for (const locale of locales)
      for (const pathname of Object.keys(routing.pathnames) as AppPathname[]) {
        const own = pathIn(locale, pathname)
        const inner = innerPathIn(locale, pathname)
        if (own === inner || pathname === '/') {
          expect([own, getRewrittenUrl(await through(own))]).toEqual([own, null])
          continue
        }
        expect([own, getRewrittenUrl(await through(own))]).toEqual([
          own,
          `http://localhost${inner}`,
        ])
        expect([inner, getRedirectUrl(await through(inner))]).toEqual([
          inner,
          `http://localhost${own}`,
        ])
      }
  })
})
