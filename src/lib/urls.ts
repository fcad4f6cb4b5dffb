import type { Metadata } from 'next'
import { getPathname } from '@/i18n/navigation'
import { defaultLocale, type Locale } from '@/i18n/locales'

type Href = Parameters<typeof getPathname>[0]['href']

/** 1 to 9999: a page number in a URL, bounded so that no one can fill the cache with pages that cannot exist. */
export const isPageNumber = (value: string): boolean => /^[1-9]\d{0,3}$/.test(value)

// Read when the server runs, not inlined at build time as a NEXT_PUBLIC_ variable would be: one
// build serves any address (a test run's random port, staging, production).
export const siteUrl = (): string => (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

export const absoluteUrl = (locale: Locale, href: Href): string => `${siteUrl()}${getPathname({ locale, href })}`

/**
 * Canonical URL and hreflang links for a page. Only the locales where the content really exists are
 * listed (never fallback copies); x-default points at English when it exists.
 */
export const alternatesFor = (locale: Locale, href: Href, available: readonly Locale[]): Metadata['alternates'] => {
  const languages: Record<string, string> = {}
  for (const each of available) languages[each] = absoluteUrl(each, href)
  if (available.length) languages['x-default'] = absoluteUrl(available.includes(defaultLocale) ? defaultLocale : available[0], href)
  // Every page also points feed readers at the news feed in its language.
  return { canonical: absoluteUrl(locale, href), languages, types: { 'application/rss+xml': `${absoluteUrl(locale, '/')}/feed.xml` } }
}
