import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // hreflang links are built from the content (only real translations), not by next-intl.
  alternateLinks: false,
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 },
  // Static segments read naturally in each language; document slugs are shared by all.
  pathnames: {
    '/': '/',
    '/news': { en: '/news', ja: '/news', es: '/noticias' },
    '/news/[slug]': { en: '/news/[slug]', ja: '/news/[slug]', es: '/noticias/[slug]' },
    '/focus-areas': { en: '/focus-areas', ja: '/focus-areas', es: '/areas-tematicas' },
    '/focus-areas/[slug]': {
      en: '/focus-areas/[slug]',
      ja: '/focus-areas/[slug]',
      es: '/areas-tematicas/[slug]',
    },
    '/committees': { en: '/committees', ja: '/committees', es: '/comites' },
    '/committees/[slug]': {
      en: '/committees/[slug]',
      ja: '/committees/[slug]',
      es: '/comites/[slug]',
    },
    '/partners': { en: '/partners', ja: '/partners', es: '/aliados' },
    '/partners/[slug]': { en: '/partners/[slug]', ja: '/partners/[slug]', es: '/aliados/[slug]' },
    '/news/embargoed/[token]': {
      en: '/news/embargoed/[token]',
      ja: '/news/embargoed/[token]',
      es: '/noticias/bajo-embargo/[token]',
    },
    '/news/[slug]/vcard': {
      en: '/news/[slug]/vcard',
      ja: '/news/[slug]/vcard',
      es: '/noticias/[slug]/vcard',
    },
    '/press': { en: '/press', ja: '/press', es: '/prensa' },
    '/press/[slug]': { en: '/press/[slug]', ja: '/press/[slug]', es: '/prensa/[slug]' },
    '/press/[slug]/vcard': {
      en: '/press/[slug]/vcard',
      ja: '/press/[slug]/vcard',
      es: '/prensa/[slug]/vcard',
    },
    '/search': { en: '/search', ja: '/search', es: '/buscar' },
  },
})

export type AppPathname = keyof typeof routing.pathnames
