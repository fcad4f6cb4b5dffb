// The search index's storage, one per database adapter (sqlite.ts, mongo.ts), in the site's own
// database: every instance of the site reads the same index, and a save updates it for all.
import type { PayloadRequest } from 'payload'
import type { SearchedCollection } from '@/documents/kinds'
import type { Locale } from '@/i18n/locales'
import type { QueryTerm } from '@/lib/search/tokens'
import type { IndexedDocument } from './entries'

/**
 * Which matches: every term in the title ('title'); every term in the document, not all in the
 * title ('rest'); every term in the document ('all', for counting). Results are the title matches,
 * then the rest, each newest first.
 */
export type Tier = 'title' | 'rest' | 'all'

export interface TierQuery {
  locale: Locale
  terms: QueryTerm[]
  tier: Tier
  /** Documents hidden until a later moment (an embargo) are left out. ISO instant. */
  now: string
}

export interface Hit {
  kind: SearchedCollection
  id: string
}

/** What the index knows of a document it holds: the fill compares it with the document. */
export interface Stamp {
  updatedAt: string
  version: number
}

export interface SearchStore {
  /** Creates the index's tables or collection and indexes where they are missing. */
  ensure(): Promise<void>
  /** Replaces these documents' entries; a document indexed at the same change and version is left. */
  put(docs: IndexedDocument[], req?: Partial<PayloadRequest>): Promise<void>
  remove(kind: SearchedCollection, id: string, req?: Partial<PayloadRequest>): Promise<void>
  count(query: TierQuery): Promise<number>
  /** A stretch of a tier's matches, newest first. */
  hits(query: TierQuery, offset: number, limit: number): Promise<Hit[]>
  /** Every document of a kind the index holds, by id. */
  stamps(kind: SearchedCollection): Promise<Map<string, Stamp>>
}

// Results are ordered by one number per document (SQLite's rowid; the same number on MongoDB): its
// date in milliseconds times SLOTS, plus a slot that tells apart documents of the same millisecond.
const SLOTS = 1024

/** The first rank a document of this date may take. */
export const rankBase = (at: string): number => Date.parse(at) * SLOTS

/** The range of ranks of one millisecond, for finding those taken. */
export const rankRange = (at: string): [number, number] => [rankBase(at), rankBase(at) + SLOTS - 1]

/**
 * A free rank for a document: its slot is taken from its kind and id, so the same documents get the
 * same order whatever order they were indexed in (and on either database); the next free one if taken.
 */
export const freeRank = (doc: { kind: string; id: string; at: string }, taken: Set<number>) => {
  let hash = 0
  for (const char of `${doc.kind}:${doc.id}`) hash = (hash * 31 + char.codePointAt(0)!) % SLOTS
  const base = rankBase(doc.at)
  for (let step = 0; step < SLOTS; step++) {
    const rank = base + ((hash + step) % SLOTS)
    if (!taken.has(rank)) return rank
  }
  // A thousand documents of one millisecond: the next millisecond's slots are next in order anyway.
  let rank = base + SLOTS
  while (taken.has(rank)) rank++
  return rank
}
