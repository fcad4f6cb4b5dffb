import type { CollectionSlug } from 'payload'
import type { AppPathname } from '@/i18n/routing'
import type { DocumentPathname } from './preview'

/**
 * A link from a document of one kind to other documents, which the site follows. It tells the
 * revalidation map (revalidation/dependents.ts) which pages to refresh when either side changes.
 */
export interface Relation {
  /** The field (a dotted path through groups and arrays) that holds the ids. */
  path: string
  to: CollectionSlug
  /** The lists of this kind show the related document too (a focus area's image on the focus-area list). */
  inLists?: true
  /** The related document's page lists the documents that point to it (a focus area lists its releases). */
  listedThere?: true
}

/** Where a kind sits in the site's navigation: its key in the `Nav` messages and its list page. */
export type Section = 'news' | 'focusAreas' | 'committees' | 'partners' | 'press'

/** Each kind of document with a public page of its own, once. */
export interface DocumentKind {
  collection: CollectionSlug
  /** Its page, as a next-intl pathname: i18n/routing spells it in each language. */
  page: DocumentPathname
  section: Section
  /** Its list page, the breadcrumb's middle step. */
  list: AppPathname
  /** The field that names a document (the admin's title, the languages a document exists in). */
  title: string
  /** The order of its lists on the site and of its search results. */
  sort: string
  /**
   * In the site search: the text a result shows under its title, the date it is judged (and, after
   * title matches, ranked) by, and the field that hides it from results until then (an embargo).
   */
  search?: { text: string; date: 'publishedAt' | 'updatedAt'; hiddenUntil?: string }
  relations: Relation[]
}

export const newsReleases = {
  collection: 'news-releases',
  page: '/news/[slug]',
  section: 'news',
  list: '/news',
  title: 'title',
  sort: '-publishedAt',
  search: { text: 'summary', date: 'publishedAt', hiddenUntil: 'embargoUntil' },
  relations: [
    { path: 'pressContacts', to: 'contacts', listedThere: true },
    // Placed in a text's press-contact block (see inlinePressContactsField).
    { path: 'inlinePressContacts', to: 'contacts' },
    { path: 'focusAreas', to: 'focus-areas', listedThere: true },
    { path: 'heroImage', to: 'media' },
    { path: 'meta.image', to: 'media' },
  ],
} as const satisfies DocumentKind

export const focusAreas = {
  collection: 'focus-areas',
  page: '/focus-areas/[slug]',
  section: 'focusAreas',
  list: '/focus-areas',
  title: 'title',
  sort: 'displayOrder',
  search: { text: 'summary', date: 'updatedAt' },
  relations: [
    { path: 'pressContacts', to: 'contacts' },
    { path: 'inlinePressContacts', to: 'contacts' },
    // A focus area's activities appear on its committees' pages.
    { path: 'activities.committee', to: 'committees', listedThere: true },
    { path: 'partners', to: 'partners' },
    { path: 'heroImage', to: 'media', inLists: true },
    { path: 'meta.image', to: 'media' },
    { path: 'relatedMaterials.file', to: 'media' },
  ],
} as const satisfies DocumentKind

export const committees = {
  collection: 'committees',
  page: '/committees/[slug]',
  section: 'committees',
  list: '/committees',
  title: 'name',
  sort: 'code',
  search: { text: 'description', date: 'updatedAt' },
  relations: [
    { path: 'contacts', to: 'contacts' },
    { path: 'focusAreas', to: 'focus-areas' },
    { path: 'meta.image', to: 'media' },
  ],
} as const satisfies DocumentKind

export const partners = {
  collection: 'partners',
  page: '/partners/[slug]',
  section: 'partners',
  list: '/partners',
  title: 'name',
  sort: 'slug',
  search: { text: 'description', date: 'updatedAt' },
  relations: [
    { path: 'focusAreas', to: 'focus-areas' },
    { path: 'logo', to: 'media' },
    { path: 'meta.image', to: 'media' },
  ],
} as const satisfies DocumentKind

/** The press room's contacts: public pages, but neither drafted, searched nor in the sitemap. */
export const pressContacts = {
  collection: 'contacts',
  page: '/press/[slug]',
  section: 'press',
  list: '/press',
  title: 'name',
  sort: 'name',
  relations: [
    // A focus area with no chosen press contacts lists those whose topics include it.
    { path: 'topics', to: 'focus-areas', inLists: true, listedThere: true },
  ],
} as const satisfies DocumentKind

/** The kinds drafted and published per language, in the sitemap and the admin's recipe (withPublicPage). */
export const publicPageKinds = [newsReleases, focusAreas, committees, partners] as const

/** Every kind with a public page: their translations are tracked, their relations refresh pages. */
export const documentKinds = [...publicPageKinds, pressContacts] as const

/** The kinds the site search finds (ranked together: title matches first, then the newest). */
export const searchedKinds = [focusAreas, committees, partners, newsReleases] as const

export type PublicPageCollection = (typeof publicPageKinds)[number]['collection']
export type DocumentCollection = (typeof documentKinds)[number]['collection']
export type SearchedCollection = (typeof searchedKinds)[number]['collection']

/** The kind of a collection's documents, if it is one. */
export const kindOf = <C extends DocumentCollection>(
  collection: C,
): Extract<(typeof documentKinds)[number], { collection: C }> =>
  documentKinds.find((kind) => kind.collection === collection) as Extract<
    (typeof documentKinds)[number],
    { collection: C }
  >
