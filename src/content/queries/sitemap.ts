import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { kindOf, type PublicPageCollection, publicPageKinds } from '@/documents/kinds'
import { inAllLocales, type LocalizedTextField, type PerLocale } from '../raw'
import { localesWith } from '../translated'

export interface SitemapDocument {
  collection: PublicPageCollection
  slug: string
  updatedAt: string
  /** Only the languages the document really exists in. */
  locales: Locale[]
}

type Registered = (typeof publicPageKinds)[number]
// The registry names each title field by string; a field that is not localized text fails here.
type Checked<K> = K extends Registered
  ? K['title'] extends LocalizedTextField<K['collection']>
    ? K
    : never
  : never
const _titlesChecked: [Exclude<Registered, Checked<Registered>>] extends [never] ? true : false =
  true

/** How many documents of each kind the public may see: what the sitemap is split by. */
export const querySitemapCounts = async (
  payload: Payload,
): Promise<Record<PublicPageCollection, number>> => {
  const counts = await Promise.all(
    publicPageKinds.map(({ collection }) =>
      // Locale "all": a document published in any language has a page (count's type leaves it out).
      payload.count({ collection, locale: 'all' as never, overrideAccess: false }),
    ),
  )
  return Object.fromEntries(
    publicPageKinds.map(({ collection }, i) => [collection, counts[i].totalDocs]),
  ) as Record<PublicPageCollection, number>
}

/**
 * One page of a kind's documents for the sitemap, oldest first: a page keeps its documents as new
 * ones are added, so search engines see most of the split sitemap unchanged. No total is counted.
 */
export const querySitemapDocuments = async (
  payload: Payload,
  collection: PublicPageCollection,
  page: number,
  perPage: number,
): Promise<SitemapDocument[]> => {
  const kind = kindOf(collection)
  const result = await payload.find({
    collection,
    locale: 'all',
    sort: 'id',
    page,
    limit: perPage,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, updatedAt: true, [kind.title]: true },
  })
  return inAllLocales(collection, result.docs).map((doc) => ({
    collection,
    slug: doc.slug ?? '',
    updatedAt: doc.updatedAt,
    // The title was selected by its name; its type depends on the kind, which TypeScript does not follow here.
    locales: localesWith((doc as Partial<Record<string, PerLocale<string | null>>>)[kind.title]),
  }))
}

/** What the sitemap reads: counts to split it by, and documents a page at a time. */
export interface SitemapReader {
  counts: () => Promise<Record<PublicPageCollection, number>>
  documents: (
    collection: PublicPageCollection,
    page: number,
    perPage: number,
  ) => Promise<SitemapDocument[]>
}

/** The sitemap's reads straight from Payload, uncached (the read layer's index caches them). */
export const sitemapReader = (payload: Payload): SitemapReader => ({
  counts: () => querySitemapCounts(payload),
  documents: (collection, page, perPage) =>
    querySitemapDocuments(payload, collection, page, perPage),
})
