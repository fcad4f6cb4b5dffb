// What the search index holds of a document: per language, the terms of its title and of all its
// searched text (src/lib/search/tokens.ts), and what orders and hides its results.
import type { Payload, PayloadRequest, Where } from 'payload'
import { type SearchedCollection, searchedKinds } from '@/documents/kinds'
import { publishedLocales } from '@/documents/publishedLocales'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import { documentTerms } from '@/lib/search/tokens'

/**
 * Raise it when the entries change (the tokeniser, the fields an entry is made of, a new language):
 * every document is then indexed again by the fill (fill.ts), the old entries answering meanwhile.
 */
export const SEARCH_INDEX_VERSION = 1

/** One language of a document: the terms of its title, and of its title and searched text. */
export interface Entry {
  title: string[]
  body: string[]
}

export interface IndexedDocument {
  kind: SearchedCollection
  id: string
  /** The instant it is ranked by after title matches, newest first (see kinds.ts: search.date). */
  at: string
  /** Left out of results until then (a release's embargo). */
  hiddenUntil: string | null
  /** The document's last change when indexed: the fill indexes again what changed since. */
  updatedAt: string
  version: number
  entries: Partial<Record<Locale, Entry>>
}

/** Published in some language: what the index holds. */
export const publishedWhere: Where = {
  or: locales.map((locale) => ({ [`_status.${locale}`]: { equals: 'published' } })),
}

/** A searched kind's title field, date field, and the field that hides it until a moment, if any. */
export const searchedKind = (collection: SearchedCollection) => {
  const { title, search } = searchedKinds.find((kind) => kind.collection === collection)!
  const hiddenUntil: string | undefined = 'hiddenUntil' in search ? search.hiddenUntil : undefined
  return { title, date: search.date, hiddenUntil }
}

export const isSearched = (collection: string): collection is SearchedCollection =>
  searchedKinds.some((kind) => kind.collection === collection)

type Stored = Record<string, unknown> & { id: number | string }

/**
 * Reads documents as stored (the adapter's own find: no access rules, hooks or drafts), in every
 * language, with just what the index needs. Within `req`'s transaction, where there is one.
 */
export const readForIndex = async (
  payload: Payload,
  collection: SearchedCollection,
  query: { where: Where; page?: number; limit: number; req?: Partial<PayloadRequest> },
): Promise<{ docs: Stored[]; hasNextPage: boolean }> => {
  const { title, date, hiddenUntil } = searchedKind(collection)
  const fields = [title, 'searchText', '_status', 'updatedAt', date, hiddenUntil]
  const found = await payload.db.find<Stored>({
    collection,
    locale: 'all',
    sort: 'id',
    pagination: true,
    select: Object.fromEntries(fields.filter(Boolean).map((field) => [field, true])),
    ...query,
  })
  return { docs: found.docs, hasNextPage: found.hasNextPage }
}

const texts = (value: unknown): Partial<Record<Locale, string>> =>
  value && typeof value === 'object' ? (value as Partial<Record<Locale, string>>) : {}
const instant = (value: unknown): string | null =>
  typeof value === 'string' || value instanceof Date ? new Date(value).toISOString() : null

/**
 * A document's entries, or null when no language of it is published. A published language is
 * indexed from its own text: found by its own words only. A language that is not published (or has
 * no text of its own) is indexed from the published English, as readers are shown the English
 * then: they find it by its English words.
 */
export const indexedDocument = (
  collection: SearchedCollection,
  doc: Stored,
  version = SEARCH_INDEX_VERSION,
): IndexedDocument | null => {
  const published = publishedLocales(doc._status)
  if (!published.length) return null
  const { title, date, hiddenUntil } = searchedKind(collection)
  const [titles, searched] = [texts(doc[title]), texts(doc.searchText)]
  const englishPublished = published.includes(defaultLocale)
  const entries: Partial<Record<Locale, Entry>> = {}
  for (const locale of locales) {
    const own = published.includes(locale) && (Boolean(searched[locale]) || !englishPublished)
    const source = own ? locale : englishPublished ? defaultLocale : undefined
    if (!source) continue
    const titleTerms = documentTerms(titles[source] || titles[defaultLocale] || '')
    const body = new Set([...titleTerms, ...documentTerms(searched[source] ?? '')])
    entries[locale] = { title: titleTerms, body: [...body] }
  }
  const updatedAt = instant(doc.updatedAt) ?? new Date(0).toISOString()
  return {
    kind: collection,
    id: String(doc.id),
    at: instant(doc[date]) ?? updatedAt,
    hiddenUntil: hiddenUntil ? instant(doc[hiddenUntil]) : null,
    updatedAt,
    version,
    entries,
  }
}
