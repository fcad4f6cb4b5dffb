// What the fuzz aims at: every localized route of the site (from the routing itself, so a new route
// is fuzzed without anyone remembering to) with real demo slugs, and every REST collection.
import { routing } from '../../src/i18n/routing'
import { locales } from '../../src/i18n/locales'
import { committees } from '../../src/seed/data/committees'
import { contacts } from '../../src/seed/data/contacts'
import { focusAreas } from '../../src/seed/data/focusAreas'
import { newsReleases } from '../../src/seed/data/newsReleases'
import { partners } from '../../src/seed/data/partners'

export { locales }

export const slugs = {
  release: newsReleases[0].slug,
  focusArea: focusAreas[0].slug,
  committee: committees[0].slug,
  partner: partners[0].slug,
  /** A contact page of the press room: what the rate limit guards. */
  pressContact: contacts.find((contact) => contact.isPressContact)!.slug,
}

/** An embargo link token of the real shape (43 characters) that no link has. */
export const fakeToken = 'A'.repeat(43)

const slugFor = (template: string) =>
  template.startsWith('/news/embargoed')
    ? fakeToken
    : template.startsWith('/news')
      ? slugs.release
      : template.startsWith('/focus-areas')
        ? slugs.focusArea
        : template.startsWith('/committees')
          ? slugs.committee
          : template.startsWith('/partners')
            ? slugs.partner
            : slugs.pressContact

export type SiteRoute = {
  /** The route's internal name, e.g. /news/[slug]. */
  template: string
  locale: string
  /** The localized path with a real slug, e.g. /es/noticias/<slug>. */
  path: string
  /** Where a slug or token sits in `path`, if anywhere. */
  slug?: string
}

/** Every page and route handler under a locale, in every locale, plus each locale's feed. */
export const siteRoutes = (): SiteRoute[] =>
  locales.flatMap((locale) => [
    ...Object.entries(routing.pathnames).map(([template, localized]) => {
      const pattern = typeof localized === 'string' ? localized : localized[locale]
      const slug = /\[\w+\]/.test(pattern) ? slugFor(template) : undefined
      const path = `/${locale}${pattern === '/' ? '' : pattern.replace(/\[\w+\]/, slug ?? '')}`
      return { template, locale, path, slug }
    }),
    { template: '/feed.xml', locale, path: `/${locale}/feed.xml` },
  ])

/** The localized path of one route in one locale. */
export const pathOf = (template: string, locale: string): string =>
  siteRoutes().find((route) => route.template === template && route.locale === locale)!.path

export const collections = [
  'news-releases',
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'media',
  'users',
  'embargo-links',
] as const

/** The REST bases abused with query parameters: every collection and the site settings global. */
export const restBases = [
  ...collections.map((slug) => `/api/${slug}`),
  '/api/globals/site-settings',
]
