import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { isLocale, type Locale, locales } from './i18n/locales'
import { routing } from './i18n/routing'
import { newsListPaths, newsListView, notNewsListView } from './i18n/newsListPath'
import { tooManyRequests } from './api-guards/tooManyRequests'
import { clientAddress } from './api-guards/clientAddress'
import { rateLimiter } from './api-guards/rateLimiter'

const handleI18nRouting = createMiddleware(routing)

// The press room's lookups (directory, contact pages, vCards) per client and minute.
const pressLookups = rateLimiter('press', Number(process.env.PRESS_RATE_LIMIT) || 60, 60)
const pressPath = /^\/([a-z]{2})\/press(?:\/|$)/
// Embargo links: same budget (a token cannot be guessed, but nobody gets to try many).
const embargoLinkPath = /^\/([a-z]{2})\/news\/embargoed\/[^/]+\/?$/

/** An embargo link's page, or any page in staff's draft mode: kept out of indexes, caches and Referer headers. */
const keepPrivate = (response: NextResponse): NextResponse => {
  response.headers.set('X-Robots-Tag', 'noindex, nofollow, noarchive')
  response.headers.set('Cache-Control', 'private, no-store')
  response.headers.set('Referrer-Policy', 'no-referrer')
  return response
}

// A first segment shaped like a language tag: /fr, /pt-BR, /zh-Hant.
const languageTagSegment = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)(?:\/|$)/i

// Staff previewing drafts (the draft-mode cookie Next sets).
const inDraftMode = (request: NextRequest) => request.cookies.has('__prerender_bypass')

/**
 * The news list with a page number or filters in its query (or in draft mode): the view's own path
 * inside the app, or, for a value of another shape, the list's page 0, which answers with its 404
 * (notNewsListView). No language to negotiate here, so next-intl is not asked, and the response
 * sets no cookie.
 */
const newsListResponse = (request: NextRequest, locale: Locale) => {
  const view = newsListView(locale, request.nextUrl.searchParams) ?? notNewsListView(locale)
  const response = NextResponse.rewrite(new URL(view, request.url))
  return inDraftMode(request) ? keepPrivate(response) : response
}

export default async function proxy(request: NextRequest) {
  const listLocale = newsListPaths.get(request.nextUrl.pathname)
  if (listLocale) return newsListResponse(request, listLocale)

  const response = handleI18nRouting(request)

  // next-intl treats /fr/news as an unprefixed path and redirects it to /en/fr/news. A path under a
  // language the site does not publish in is a missing page: the reader gets the 404 page, in the
  // language next-intl negotiated for them (cookie, then Accept-Language), at the URL they asked for.
  const location = response.headers.get('location')
  const segment = languageTagSegment.exec(request.nextUrl.pathname)?.[1]
  if (location && segment && !(locales as readonly string[]).includes(segment.toLowerCase())) {
    return NextResponse.rewrite(new URL(location, request.url))
  }
  if (location) return response

  const rewritten = response.headers.get('x-middleware-rewrite')
  const internal = rewritten ? new URL(rewritten) : request.nextUrl

  const embargoLocale = embargoLinkPath.exec(internal.pathname)?.[1]
  const pressLocale = pressPath.exec(internal.pathname)?.[1] ?? embargoLocale
  if (pressLocale && isLocale(pressLocale)) {
    const verdict = await pressLookups.hit(clientAddress(request.headers))
    if (!verdict.allowed) return tooManyRequests(pressLocale, verdict.retryAfterSeconds)
  }
  // An embargo link, or draft mode (staff previewing from the admin's latest drafts): for their eyes only.
  if (embargoLocale || inDraftMode(request)) return keepPrivate(response)
  return response
}

// The proxy runs only where it has work: profiled under load it took about 30% of a cached page's
// CPU, and leaving it out cut the server's CPU per cached response by 1.4 to 1.9x (old and new
// builds measured in turn on the same data; issue 13's note). Everything else is a locale-prefixed
// page that Next finds by itself, translated paths included (next.config.ts rewrites them). Next reads these literals at
// build time, so they cannot be derived from the locale list; tests/int/proxyMatcher.test.ts checks
// them against it.
export const config = {
  matcher: [
    // A first segment that is not a language of the site (/, /news, /fr/…): the reader's language
    // is negotiated, or the page is missing. Payload (/admin, /api), the draft-mode switches (/next/…),
    // Next's own files and anything with a file extension are never the proxy's.
    '/((?!(?:en|ja|es)(?:/|$)|api|admin|next/|_next|_vercel|.*\\..*).*)',
    // The press room and embargo links: the rate limit, and embargo links' private headers.
    '/(en|ja)/press/:path*',
    '/es/prensa/:path*',
    '/(en|ja)/news/embargoed/:token',
    '/es/noticias/bajo-embargo/:token',
    // The news list with a page number or a filter in its query (src/i18n/newsListPath.ts).
    { source: '/(en|ja)/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/(en|ja)/news', has: [{ type: 'query', key: 'scope' }] },
    { source: '/(en|ja)/news', has: [{ type: 'query', key: 'focusArea' }] },
    { source: '/es/noticias', has: [{ type: 'query', key: 'page' }] },
    { source: '/es/noticias', has: [{ type: 'query', key: 'scope' }] },
    { source: '/es/noticias', has: [{ type: 'query', key: 'focusArea' }] },
    // Staff in draft mode, on any page.
    {
      source: '/((?!api|admin|next/|_next|_vercel|.*\\..*).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
