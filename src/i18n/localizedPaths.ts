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

/**
 * Next's own rewrites from each translated path to the route that renders it (/es/noticias/x is
 * /es/news/x inside the app). Next matches these itself, so a page needs no proxy to be found in
 * its language's words.
 */
export const translatedPathRewrites = (): Rewrite[] =>
  translatedPaths().map(({ locale, internal, external }) => ({
    source: `/${locale}${external}`,
    destination: `/${locale}${internal}`,
  }))

/** A language's page asked for by the app's inner name (/es/news/x) goes to its own (/es/noticias/x). */
export const innerPathRedirects = (): Redirect[] =>
  translatedPaths().map(({ locale, internal, external }) => ({
    source: `/${locale}${internal}`,
    destination: `/${locale}${external}`,
    permanent: false,
  }))
