import type { NextConfig } from 'next'
import { locales, type Locale } from './locales'
import type { AppPathname } from './routing'
import { asPattern, localized } from './localizedPaths'

type Redirect = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>[number]

// Public addresses that moved after being handed out: the old ones answer with a permanent (308)
// redirect to the new ones. Embargo links went to journalists by e-mail as /news/preview/<token>.
const moved: { to: AppPathname; from: Record<Locale, string> }[] = [
  {
    to: '/news/embargoed/[token]',
    from: {
      en: '/news/preview/[token]',
      ja: '/news/preview/[token]',
      es: '/noticias/vista-previa/[token]',
    },
  },
]

/** Next's redirects for every moved path in every locale (read by next.config.ts). */
export const movedPathRedirects = (): Redirect[] =>
  moved.flatMap(({ to, from }) =>
    locales.map((locale) => ({
      source: `/${locale}${asPattern(from[locale])}`,
      destination: `/${locale}${asPattern(localized(to, locale))}`,
      permanent: true,
    })),
  )
