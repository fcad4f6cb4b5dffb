import type { Metadata } from 'next'
import { absoluteUrl, type Href } from '@/i18n/navigation'
import { defaultLocale, type Locale } from '@/i18n/locales'

/** 1 to 9999: a page number in a URL, bounded so that no one can fill the cache with pages that cannot exist. */
export const isPageNumber = (value: string): boolean => /^[1-9]\d{0,3}$/.test(value)

/**
 * Canonical URL and hreflang links for a page. Only the locales where the content really exists are
 * listed (never fallback copies); x-default points at English when it exists.
 */
export const alternatesFor = (
  locale: Locale,
  href: Href,
  available: readonly Locale[],
): Metadata['alternates'] => {
  const languages: Record<string, string> = {}
  for (const each of available) languages[each] = absoluteUrl(each, href)
  if (available.length)
    languages['x-default'] = absoluteUrl(
      available.includes(defaultLocale) ? defaultLocale : available[0],
      href,
    )
  // Every page also points feed readers at the news feed in its language.
  return {
    canonical: absoluteUrl(locale, href),
    languages,
    types: { 'application/rss+xml': `${absoluteUrl(locale, '/')}/feed.xml` },
  }
}
