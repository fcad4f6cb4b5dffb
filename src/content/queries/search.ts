import type { Payload, SelectIncludeType } from 'payload'
import type { Locale } from '@/i18n/locales'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { queryTerms } from '@/lib/search/tokens'
import { searchIndex } from '@/search/query'
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
// Each word is one more condition on every match: a query of more words is cut to these.
const MAX_WORDS = 8

type DateField = 'publishedAt' | 'updatedAt'

// Each kind of document searched, with the fields its result shows.
type Searchable = {
  [K in SearchKind]: {
    kind: K
    title: LocalizedTextField<K>
    text: LocalizedTextField<K>
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
const searchable = searchedKinds.map(({ collection, title, search }) => ({
  kind: collection,
  title,
  text: search.text,
  date: search.date,
})) as Searchable[]

// A release is dated in its own zone; the others have none, so the organisation's is named.
const resultDate = (doc: Found, field: DateField): SearchResultDate =>
  field === 'publishedAt' && 'publishedAt' in doc
    ? { meaning: 'published', at: doc.publishedAt, timeZone: doc.publishedAt_tz ?? HOME_TIME_ZONE }
    : { meaning: 'updated', at: doc.updatedAt, timeZone: HOME_TIME_ZONE }

type TextField = Searchable['title'] | Searchable['text']
type Found = ReadAll<SearchKind, Docs[SearchKind]>
// A field selected by name; its type depends on the kind, which TypeScript does not follow here.
const field = (doc: Found, name: TextField) =>
  (doc as Partial<Record<TextField, PerLocale<string | null>>>)[name]

/** Collapses white space and bounds the length, so the query is safe to show and to run. */
export const normaliseQuery = (raw: string | undefined): string =>
  (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)

/** The page's documents, read through Payload as the anonymous reader (published, not embargoed). */
const readHits = async (payload: Payload, kind: Searchable, ids: string[]) => {
  const { kind: collection, title, text, date } = kind
  const found = await payload.find({
    collection,
    locale: 'all',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
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
  return inAllLocales(collection, found.docs)
}

/**
 * Finds documents by words in the reader's language, through the search index (src/search): every
 * word must be in the document's title, summary, body or the like, folded so that case, accents and
 * full-width forms don't matter. A word of two or more letters is found by the beginning of a word
 * (migra finds migración); Japanese words are found inside unspaced text. A language not published
 * yet is searched in its English original, as the reader is shown it.
 *
 * Documents with every word in their title come first, then the others, each newest first: releases
 * by publish date, other kinds by their last change. The index counts the matches and gives only the
 * page shown, whose documents are then read, so a search costs the same however many match.
 */
export const querySearch = async (
  payload: Payload,
  locale: Locale,
  rawQuery: string,
  page = 1,
): Promise<Page<SearchResult>> => {
  const words = normaliseQuery(rawQuery).split(' ').slice(0, MAX_WORDS)
  const terms = queryTerms(words.join(' '))
  if (!terms.length) return { items: [], page: 1, totalPages: 0, totalItems: 0 }
  const { hits, total } = await searchIndex(payload, locale, terms, {
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
  })
  const read = await Promise.all(
    searchable.map(async (kind) => {
      const ids = hits.filter((hit) => hit.kind === kind.kind).map((hit) => hit.id)
      return { kind, docs: ids.length ? await readHits(payload, kind, ids) : [] }
    }),
  )
  const found = new Map(
    read.flatMap(({ kind, docs }) => docs.map((doc) => [`${kind.kind}:${doc.id}`, { kind, doc }])),
  )
  const items = hits.flatMap((hit): SearchResult[] => {
    // Unpublished or deleted since it was counted: left out of this page.
    const match = found.get(`${hit.kind}:${hit.id}`)
    if (!match) return []
    const { kind, doc } = match
    return [
      {
        kind: kind.kind,
        slug: doc.slug ?? '',
        title: translate(field(doc, kind.title), locale),
        text: translate(field(doc, kind.text), locale),
        date: resultDate(doc, kind.date),
      },
    ]
  })
  return {
    items,
    page,
    totalPages: Math.ceil(total / SEARCH_PAGE_SIZE),
    totalItems: total,
  }
}
