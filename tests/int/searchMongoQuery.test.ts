// The MongoDB index's queries, where no MongoDB runs: their shape, and, evaluated here by a small
// matcher of the few operators they use (MongoDB's semantics for arrays, null and anchored patterns),
// the same documents in the same order as the SQLite index finds for the same entries.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { queryTerms } from '@/lib/search/tokens'
import { indexedDocument, type IndexedDocument } from '@/search/entries'
import { type Filter, indexDocument, type IndexDocument, tierFilter } from '@/search/mongoQuery'
import { searchIndex } from '@/search/query'
import { freeRank, rankRange, type Tier } from '@/search/store'
import { searchStore } from '@/search/stores'
import { withPayload } from '../helpers/payload'

let payload: Payload
withPayload((started) => (payload = started))

const valueAt = (doc: object, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], doc)

/** MongoDB's matching of one condition on a field: an array matches if any element does. */
const fieldMatches = (value: unknown, condition: unknown): boolean => {
  if (Array.isArray(value)) return value.some((one) => fieldMatches(one, condition))
  if (condition === null) return value === null || value === undefined
  if (condition && typeof condition === 'object') {
    const { $regex, $lte } = condition as { $regex?: string; $lte?: string }
    if ($regex !== undefined) return typeof value === 'string' && new RegExp($regex).test(value)
    if ($lte !== undefined) return typeof value === 'string' && value <= $lte
    throw new Error(`operator not known here: ${JSON.stringify(condition)}`)
  }
  return value === condition
}
const matches = (doc: IndexDocument, filter: Filter): boolean =>
  Object.entries(filter).every(([key, condition]) => {
    const list = condition as Filter[]
    if (key === '$and') return list.every((one) => matches(doc, one))
    if (key === '$or') return list.some((one) => matches(doc, one))
    if (key === '$nor') return !list.some((one) => matches(doc, one))
    return fieldMatches(valueAt(doc, key), condition)
  })

const status = (...published: Locale[]) =>
  Object.fromEntries(
    (['en', 'ja', 'es'] as const).map((l) => [l, published.includes(l) ? 'published' : 'draft']),
  )
let id = 0
const doc = (fields: {
  title: Partial<Record<Locale, string>>
  text: Partial<Record<Locale, string>>
  published: Locale[]
  at: string
  hiddenUntil?: string
}) =>
  indexedDocument('news-releases', {
    id: ++id,
    title: fields.title,
    searchText: fields.text,
    _status: status(...fields.published),
    publishedAt: fields.at,
    updatedAt: fields.at,
    embargoUntil: fields.hiddenUntil ?? null,
  })!

const docs: IndexedDocument[] = [
  doc({
    title: { en: 'Trafficking hotline' },
    text: { en: 'A hotline for victims.' },
    published: ['en'],
    at: '2024-01-01T00:00:00.000Z',
  }),
  doc({
    title: { en: 'Hotline report', ja: '人身取引ホットライン報告' },
    text: { en: 'Trafficking victims call.', ja: '人身取引の被害者が電話をかける。' },
    published: ['en', 'ja'],
    at: '2025-01-01T00:00:00.000Z',
  }),
  doc({
    title: { en: 'Migration review', es: 'Revisión de la migración' },
    text: { en: 'Migrant workers and trafficking.', es: 'Trabajadores migrantes y trata.' },
    published: ['en', 'es'],
    at: '2023-06-01T00:00:00.000Z',
  }),
  doc({
    title: { en: 'Embargoed hotline' },
    text: { en: 'Later.' },
    published: ['en'],
    at: '2026-01-01T00:00:00.000Z',
    hiddenUntil: '2099-01-01T00:00:00.000Z',
  }),
  doc({
    title: { en: 'Same day hotline' },
    text: { en: 'Tie.' },
    published: ['en'],
    at: '2024-01-01T00:00:00.000Z',
  }),
  doc({
    title: { ja: 'ホットライン' },
    text: { ja: '取引' },
    published: ['ja'],
    at: '2022-01-01T00:00:00.000Z',
  }),
]

/** The documents as the MongoDB index stores them, ranked as store.ts ranks them. */
const asMongo = () => {
  const taken = new Set<number>()
  return docs.map((one) => {
    const [from, to] = rankRange(one.at)
    const rank = freeRank(one, new Set([...taken].filter((r) => r >= from && r <= to)))
    taken.add(rank)
    return indexDocument(one, rank)
  })
}
const mongoSearch = (stored: IndexDocument[], locale: Locale, q: string, now: string) => {
  const query = (tier: Tier) => ({ locale, terms: queryTerms(q), tier, now })
  const ranked = (tier: Tier) =>
    stored.filter((one) => matches(one, tierFilter(query(tier)))).sort((a, b) => b.rank - a.rank)
  return {
    total: ranked('all').length,
    ids: [...ranked('title'), ...ranked('rest')].map((one) => one.docId),
  }
}

describe('the MongoDB index', () => {
  it('asks for terms as the SQLite index does: whole, or by an anchored beginning', () => {
    const filter = tierFilter({
      locale: 'es',
      terms: queryTerms('Trata 人身'),
      tier: 'rest',
      now: 'N',
    })
    expect(filter).toEqual({
      $and: [
        {
          $and: [
            { $and: [{ 'terms.es.body': { $regex: '^trata' } }, { 'terms.es.body': '人身' }] },
            {
              $nor: [
                {
                  $and: [{ 'terms.es.title': { $regex: '^trata' } }, { 'terms.es.title': '人身' }],
                },
              ],
            },
          ],
        },
        { $or: [{ hiddenUntil: null }, { hiddenUntil: { $lte: 'N' } }] },
      ],
    })
  })

  it('finds the same documents, in the same order, as the SQLite index', async () => {
    await searchStore(payload).put(docs)
    const stored = asMongo()
    const now = new Date('2026-06-01T00:00:00.000Z')
    const cases: [Locale, string][] = [
      ['en', 'hotline'],
      ['en', 'traff'],
      ['en', 'trafficking'],
      ['en', 'trafficking victims'],
      ['es', 'migracion'],
      ['es', 'trata'],
      ['ja', '取引'],
      ['ja', '人身取引'],
      ['ja', '取'],
      ['ja', 'hotline'],
      ['en', 'nothing'],
    ]
    for (const [locale, q] of cases) {
      const sqlite = await searchIndex(payload, locale, queryTerms(q), {
        offset: 0,
        limit: 50,
        now,
      })
      const mongo = mongoSearch(stored, locale, q, now.toISOString())
      expect({ q, total: mongo.total, ids: mongo.ids }).toEqual({
        q,
        total: sqlite.total,
        ids: sqlite.hits.map((hit) => hit.id),
      })
    }
    // Not vacuous: title matches before the rest, ties on the day apart, the embargo, languages.
    expect(mongoSearch(stored, 'en', 'hotline', now.toISOString()).ids).toEqual(['2', '5', '1'])
    expect(mongoSearch(stored, 'en', 'trafficking', now.toISOString()).ids).toEqual(['1', '2', '3'])
    expect(mongoSearch(stored, 'ja', '取引', now.toISOString()).ids).toEqual(['2', '6'])
    expect(mongoSearch(stored, 'es', 'trata', now.toISOString()).ids).toEqual(['3'])
  })
})
