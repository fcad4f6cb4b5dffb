import type { Payload, SelectIncludeType, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { foldForSearch } from '@/lib/search/fold'
import {
  type Docs,
  inAllLocales,
  type LocalizedTextField,
  type PerLocale,
  type ReadAll,
} from '../raw'
import { searchedKinds } from '@/documents/kinds'
import { translate } from '../translated'
import type { Page, SearchKind, SearchResult, SearchResultDate } from '../types'

export const SEARCH_PAGE_SIZE = 10
export const MAX_QUERY_LENGTH = 100
// Each word is one more condition on every document: a query of more words is cut to these.
const MAX_WORDS = 8

type DateField = 'publishedAt' | 'updatedAt'

// Each kind of document searched, in display order, with the fields its result shows.
type Searchable = {
  [K in SearchKind]: {
    kind: K
    title: LocalizedTextField<K>
    text: LocalizedTextField<K>
    sort: string
    date: DateField
  }
}[SearchKind]
type Registered = (typeof searchedKinds)[number]
// The registry names the fields by string; here, where the read types are known, a field that is not
// a localized text of its kind fails the type check.
type Checked<K> = K extends Registered
  ? K['title'] extends LocalizedTextField<K['collection']>
    ? K['search']['text'] extends LocalizedTextField<K['collection']>
      ? K
      : never
    : never
  : never
const _registryChecked: [Exclude<Registered, Checked<Registered>>] extends [never] ? true : false =
  true
const searchable = searchedKinds.map(({ collection, title, sort, search }) => ({
  kind: collection,
  title,
  sort,
  ...search,
})) as Searchable[]

// A release is dated in its own zone; the others have none, so the organisation's is named.
const resultDate = (doc: Hit, field: DateField): SearchResultDate =>
  field === 'publishedAt' && 'publishedAt' in doc
    ? { meaning: 'published', at: doc.publishedAt, timeZone: doc.publishedAt_tz ?? HOME_TIME_ZONE }
    : { meaning: 'updated', at: doc.updatedAt, timeZone: HOME_TIME_ZONE }

type TextField = Searchable['title'] | Searchable['text']
type Hit = ReadAll<SearchKind, Docs[SearchKind]>
// A field selected by name; its type depends on the kind, which TypeScript does not follow here.
const field = (doc: Hit, name: TextField) =>
  (doc as Partial<Record<TextField, PerLocale<string | null>>>)[name]

/** Collapses white space and bounds the length, so the query is safe to show and to run. */
export const normaliseQuery = (raw: string | undefined): string =>
  (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)

/** What a kind's documents must match: every word, in one language's published search text. */
const matching = (words: string[], searchLocales: readonly Locale[]): Where => ({
  or: searchLocales.map((searchLocale) => ({
    and: [
      // Only a published language counts: an unpublished translation's words find nothing.
      { [`_status.${searchLocale}`]: { equals: 'published' } },
      ...words.map((word) => ({ [`searchText.${searchLocale}`]: { contains: word } })),
    ],
  })),
})

/**
 * Finds documents by words in the reader's language, in each document's search text (title,
 * summary, body and the like, folded so that case and accents don't matter). Every word must be
 * present, anywhere in the document; each is matched as a substring, so a Japanese word inside
 * unspaced text is found. The English original is searched too, for documents not yet translated.
 *
 * Results come kind by kind (focus areas, committees, partners, releases), each in its own order.
 * The database counts each kind's matches and reads only the page shown, so a search costs the
 * same however many documents match.
 */
export const querySearch = async (
  payload: Payload,
  locale: Locale,
  rawQuery: string,
  page = 1,
): Promise<Page<SearchResult>> => {
  const q = normaliseQuery(rawQuery)
  // % and _ are wildcards to SQL's LIKE: they would match anything, not themselves.
  const words = [
    ...new Set(
      foldForSearch(q)
        .replace(/[%_\\]/g, ' ')
        .split(' ')
        .filter(Boolean),
    ),
  ].slice(0, MAX_WORDS)
  if (!words.length) return { items: [], page: 1, totalPages: 0, totalItems: 0 }
  const where = matching(words, locale === 'en' ? ['en'] : [locale, 'en'])

  const counts = await Promise.all(
    // The locale paths of `where` need locale 'all', which count takes as find does (its type leaves it out).
    searchable.map(
      async ({ kind }) =>
        (
          await payload.count({
            collection: kind,
            locale: 'all' as never,
            where,
            overrideAccess: false,
          })
        ).totalDocs,
    ),
  )
  const totalItems = counts.reduce((sum, count) => sum + count, 0)
  const start = (page - 1) * SEARCH_PAGE_SIZE
  const end = start + SEARCH_PAGE_SIZE

  // Each kind's share of the page: the part of [start, end) that falls among its matches.
  let before = 0
  const slices = searchable.map((kind, index) => {
    const from = Math.max(start - before, 0)
    const to = Math.min(end - before, counts[index])
    before += counts[index]
    return { ...kind, from, to }
  })
  const groups = await Promise.all(
    slices
      .filter(({ from, to }) => to > from)
      .map(async ({ kind, title, text, sort, date, from, to }) => {
        // Payload pages by page number: read the one or two pages of SEARCH_PAGE_SIZE that hold [from, to).
        const firstPage = Math.floor(from / SEARCH_PAGE_SIZE) + 1
        const lastPage = Math.floor((to - 1) / SEARCH_PAGE_SIZE) + 1
        const docs: Hit[] = []
        for (let pageNumber = firstPage; pageNumber <= lastPage; pageNumber++) {
          const found = await payload.find({
            collection: kind,
            locale: 'all',
            where,
            sort,
            limit: SEARCH_PAGE_SIZE,
            page: pageNumber,
            depth: 0,
            overrideAccess: false,
            // Typed as a plain selection: the kind's documents, of which only these fields are read.
            select: {
              slug: true,
              [title]: true,
              [text]: true,
              [date]: true,
              ...(date === 'publishedAt' ? { publishedAt_tz: true } : {}),
            } as SelectIncludeType,
          })
          docs.push(...inAllLocales(kind, found.docs))
        }
        const offset = (firstPage - 1) * SEARCH_PAGE_SIZE
        return docs.slice(from - offset, to - offset).map((doc): SearchResult => ({
          kind,
          slug: doc.slug ?? '',
          title: translate(field(doc, title), locale),
          text: translate(field(doc, text), locale),
          date: resultDate(doc, date),
        }))
      }),
  )
  return {
    items: groups.flat(),
    page,
    totalPages: Math.ceil(totalItems / SEARCH_PAGE_SIZE),
    totalItems,
  }
}
