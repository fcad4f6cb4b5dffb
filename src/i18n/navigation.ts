import { createNavigation } from 'next-intl/navigation'
import { siteUrl } from '@/lib/siteUrl'
import type { Locale } from './locales'
import { routing } from './routing'

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)

export type Href = Parameters<typeof getPathname>[0]['href']

/** The full address of a localized path on this site. */
export const absoluteUrl = (locale: Locale, href: Href): string =>
  `${siteUrl()}${getPathname({ locale, href })}`
