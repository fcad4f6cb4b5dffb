// The MongoDB index's documents and queries, built here without a connection so they can be tested
// where no MongoDB runs. One document per indexed document: per language, arrays of title terms
// and of all terms, each language's array indexed (multikey) together with the rank.
import { type Locale, locales } from '@/i18n/locales'
import type { QueryTerm } from '@/lib/search/tokens'
import type { IndexedDocument } from './entries'
import type { TierQuery } from './store'

export const SEARCH_COLLECTION = 'search_index'

export type Filter = Record<string, unknown>

export interface IndexDocument {
  _id: string
  kind: string
  docId: string
  rank: number
  updatedAt: string
  version: number
  hiddenUntil: string | null
  terms: Partial<Record<Locale, { title: string[]; body: string[] }>>
}

export const indexId = (kind: string, id: string) => `${kind}:${id}`

export const indexDocument = (doc: IndexedDocument, rank: number): IndexDocument => ({
  _id: indexId(doc.kind, doc.id),
  kind: doc.kind,
  docId: doc.id,
  rank,
  updatedAt: doc.updatedAt,
  version: doc.version,
  hiddenUntil: doc.hiddenUntil,
  terms: doc.entries,
})

/** The indexes the queries below use: each language's terms with the rank, and ranks unique. */
export const indexSpecs = [
  ...locales.flatMap((locale) =>
    (['title', 'body'] as const).map((column) => ({
      key: { [`terms.${locale}.${column}`]: 1, rank: -1 },
      name: `search_${locale}_${column}`,
    })),
  ),
  { key: { rank: -1 }, name: 'search_rank', unique: true },
  { key: { kind: 1, docId: 1 }, name: 'search_document' },
]

// Terms hold letters, marks and digits only; escaped all the same, since they go into a pattern.
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A term in an array of terms: the same term, or (prefix) one beginning with it: an anchored pattern. */
const termIn = (field: string, { text, prefix }: QueryTerm): Filter =>
  prefix ? { [field]: { $regex: `^${escaped(text)}` } } : { [field]: text }

const allIn = (locale: Locale, column: 'title' | 'body', terms: QueryTerm[]): Filter => ({
  $and: terms.map((term) => termIn(`terms.${locale}.${column}`, term)),
})

/** The documents of a tier (see store.ts), as the SQLite index finds them. */
export const tierFilter = ({ locale, terms, tier, now }: TierQuery): Filter => {
  const title = allIn(locale, 'title', terms)
  const body = allIn(locale, 'body', terms)
  const match =
    tier === 'title' ? title : tier === 'all' ? body : { $and: [body, { $nor: [title] }] }
  // Not hidden: no moment set (null or missing), or one that has passed.
  return { $and: [match, { $or: [{ hiddenUntil: null }, { hiddenUntil: { $lte: now } }] }] }
}

/** Newest first: the rank, as SQLite's rowid. */
export const newestFirst = { rank: -1 } as const
