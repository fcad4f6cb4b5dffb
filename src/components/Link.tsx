import type { ComponentProps } from 'react'
import { getLocale } from 'next-intl/server'
import { getPathname, type Href } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

/**
 * A link to a page of the site, in the reader's language. A plain <a>, rendered on the server:
 * following it loads the page (served from cache), so no page ships the client router's link code,
 * hydrates every link, or prefetches every page it links to while the reader waits for this one.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: Href }) {
  const locale = (await getLocale()) as Locale
  return <a href={getPathname({ href, locale })} {...props} />
}
