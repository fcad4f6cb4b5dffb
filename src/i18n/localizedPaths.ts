import type { NextConfig } from 'next'
import { locales, type Locale } from './locales'
import { routing, type AppPathname } from './routing'

type Redirect = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>[number]
type Rewrite = { source: string; destination: string }

// next-intl writes parameters as [token], Next's redirects and rewrites as :token.
export const asPattern = (pathname: string) => pathname.replace(/\[(\w+)\]/g, ':$1')

/** A route's path as readers see it in one language (/noticias for /news in Spanish). */
export const localized = (pathname: AppPathname, locale: Locale): string => {
  const target = routing.pathnames[pathname]
  return typeof target === 'string' ? target : target[locale]
}

// Every route whose path a language names in its own words, with that language.
const translatedPaths = (): { locale: Locale; internal: string; external: string }[] =>
  (Object.keys(routing.pathnames) as AppPathname[]).flatMap((pathname) =>
    locales
      .filter((locale) => localized(pathname, locale) !== pathname)
      .map((locale) => ({
        locale,
        internal: asPattern(pathname),
        external: asPattern(localized(pathname, locale)),
      })),
  )

// A translated path whose translation is its parent's plus the same tail (/noticias/[slug] for
// /news/[slug]) needs no rule of its own: its parent's rule carries the tail. Next compiles every
// rewrite's pattern again on each request to a page, so each rule left out is time saved on all pages.
const ruledPaths = () => {
  const paths = translatedPaths()
  const covered = ({ locale, internal, external }: (typeof paths)[number]) =>
    paths.some(
      (parent) =>
        parent.locale === locale &&
        internal.startsWith(`${parent.internal}/`) &&
        external === parent.external + internal.slice(parent.internal.length),
    )
  // The most specific first: /noticias/bajo-embargo/:token before /noticias/:rest*.
  return paths
    .filter((path) => !covered(path))
    .sort((a, b) => b.internal.split('/').length - a.internal.split('/').length)
}

/**
 * Next's own rewrites from each translated path, and whatever follows it, to the route that renders
 * it (/es/noticias/x is /es/news/x inside the app). Next matches these itself, so a page needs no
 * proxy to be found in its language's words.
 */
export const translatedPathRewrites = (): Rewrite[] =>
  ruledPaths().map(({ locale, internal, external }) => ({
    source: `/${locale}${external}/:rest*`,
    destination: `/${locale}${internal}/:rest*`,
  }))

/** A language's page asked for by the app's inner name (/es/news/x) goes to its own (/es/noticias/x). */
export const innerPathRedirects = (): Redirect[] =>
  ruledPaths().map(({ locale, internal, external }) => ({
    source: `/${locale}${internal}/:rest*`,
    destination: `/${locale}${external}/:rest*`,
    permanent: false,
  }))
