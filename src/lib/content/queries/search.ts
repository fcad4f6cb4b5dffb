import type { CollectionSlug, Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { foldForSearch } from '@/lib/search/fold'
import { translate } from '../translated'
import type { Page, SearchKind, SearchResult } from '../types'
import type { Raw } from './shared'

export const SEARCH_PAGE_SIZE = 10
export const MAX_QUERY_LENGTH = 100

// Each kind of document searched, in display order, with the fields its result shows.
const searchable: { kind: SearchKind; title: string; text: string; sort?: string }[] = [
  { kind: 'focus-areas', title: 'title', text: 'summary', sort: 'displayOrder' },
  { kind: 'committees', title: 'name', text: 'description', sort: 'code' },
  { kind: 'partners', title: 'name', text: 'description', sort: 'slug' },
  { kind: 'news-releases', title: 'title', text: 'summary', sort: '-publishedAt' },
]

/** Collapses white space and bounds the length, so the query is safe to show and to run. */
export const normaliseQuery = (raw: string | undefined): string => (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)

/**
 * Finds documents by words in the reader's language, in each document's search text (title,
 * summary, body and the like, folded so that case and accents don't matter). Every word must be
 * present, anywhere in the document; each is matched as a substring, so a Japanese word inside
 * unspaced text is found. The English original is searched too, for documents not yet translated.
 */
export const querySearch = async (payload: Payload, locale: Locale, rawQuery: string, page = 1): Promise<Page<SearchResult>> => {
  const q = normaliseQuery(rawQuery)
  // % and _ are wildcards to SQL's LIKE: they would match anything, not themselves.
  const words = [...new Set(foldForSearch(q).replace(/[%_\\]/g, ' ').split(' ').filter(Boolean))]
  if (!words.length) return { items: [], page: 1, totalPages: 0, totalItems: 0 }
  const searchLocales = locale === 'en' ? (['en'] as const) : ([locale, 'en'] as const)

  const groups = await Promise.all(
    searchable.map(async ({ kind, title, text, sort }) => {
      const ids = new Set<string | number>()
      for (const searchLocale of searchLocales) {
        const found = await payload.find({
          collection: kind as CollectionSlug,
          locale: searchLocale,
          fallbackLocale: false,
          where: {
            or: [
              { and: words.map((word) => ({ searchText: { contains: word } })) },
              // Saved before the search text existed: until it is saved again, match title and summary.
              { and: [{ searchText: { exists: false } }, { or: [title, text].map((field) => ({ [field]: { like: q } })) }] },
            ],
          },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: false,
          select: {},
        })
        for (const doc of found.docs) ids.add(doc.id)
      }
      if (ids.size === 0) return []
      const { docs } = await payload.find({
        collection: kind as CollectionSlug,
        locale: 'all',
        where: { id: { in: [...ids] } },
        sort,
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: false,
      })
      return docs.map(
        (doc): SearchResult => ({
          kind,
          slug: (doc as Raw).slug,
          title: translate((doc as Raw)[title], locale),
          text: translate((doc as Raw)[text], locale),
          publishedAt: (doc as Raw).publishedAt,
        }),
      )
    }),
  )
  const all = groups.flat()
  const totalPages = Math.ceil(all.length / SEARCH_PAGE_SIZE)
  return {
    items: all.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE),
    page,
    totalPages,
    totalItems: all.length,
  }
}
