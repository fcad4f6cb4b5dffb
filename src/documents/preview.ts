import { getPathname } from '@/i18n/navigation'
import { defaultLocale, isLocale, type Locale, locales } from '@/i18n/locales'
import type { AppPathname } from '@/i18n/routing'
import { previewSecret } from '@/lib/secrets'

export type DocumentPathname = Extract<AppPathname, `${string}/[slug]`>

/**
 * The admin's preview address of a document in one language: it turns on Next's draft mode, then
 * opens the page, which then shows the latest drafts. Relative, so it works on any host.
 */
export const previewUrl = (
  pathname: DocumentPathname,
  slug: unknown,
  locale: unknown,
): string | null => {
  if (typeof slug !== 'string' || slug === '') return null
  const language: Locale = isLocale(locale) ? locale : defaultLocale
  const path = getPathname({ locale: language, href: { pathname, params: { slug } } as never })
  return `/next/preview?${new URLSearchParams({ secret: previewSecret(), path })}`
}

/** A path on this site under one of its languages: never another host, never a protocol. */
const sitePath = new RegExp(`^/(${locales.join('|')})(/[A-Za-z0-9\\-_/]*)?$`)
export const isSitePath = (path: unknown): path is string =>
  typeof path === 'string' && sitePath.test(path) && !path.includes('//')

const localeCode = (locale: unknown): unknown =>
  locale && typeof locale === 'object' && 'code' in locale
    ? (locale as { code: unknown }).code
    : locale

/** The admin's Preview button and live preview for documents with a public page under `pathname`. */
export const previewAdmin = (pathname: DocumentPathname) => ({
  preview: (doc: Record<string, unknown>, { locale }: { locale?: unknown }) =>
    previewUrl(pathname, doc.slug, localeCode(locale)),
  livePreview: {
    url: ({ data, locale }: { data: Record<string, unknown>; locale: unknown }) =>
      previewUrl(pathname, data.slug, localeCode(locale)) ?? '',
  },
})
