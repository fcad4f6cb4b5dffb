// The search index on MongoDB: a collection of the site's database beside Payload's, one document
// per indexed document (mongoQuery.ts), through the adapter's own mongoose connection and, within a
// save, its transaction's session. Its indexes are made on start (ensure); no migration is needed.
import type { Payload, PayloadRequest } from 'payload'
import type { SearchedCollection } from '@/documents/kinds'
import { failingFast } from '@/db/failFast'
import type { IndexedDocument } from './entries'
import {
  type Filter,
  indexDocument,
  type IndexDocument,
  indexId,
  indexSpecs,
  newestFirst,
  SEARCH_COLLECTION,
  tierFilter,
} from './mongoQuery'
import { freeRank, rankRange, type SearchStore, type Stamp } from './store'

// The little of the driver's collection used here, typed by hand: mongodb is the adapter's
// dependency, not the site's.
type Options = { session?: unknown; projection?: Filter }
interface Cursor<T> {
  sort(spec: Filter): Cursor<T>
  skip(n: number): Cursor<T>
  limit(n: number): Cursor<T>
  toArray(): Promise<T[]>
}
interface Collection {
  createIndexes(specs: typeof indexSpecs): Promise<unknown>
  find(filter: Filter, options?: Options): Cursor<IndexDocument>
  findOne(filter: Filter, options?: Options): Promise<IndexDocument | null>
  countDocuments(filter: Filter, options?: Options): Promise<number>
  replaceOne(
    filter: Filter,
    doc: IndexDocument,
    options: Options & { upsert: true },
  ): Promise<unknown>
  deleteOne(filter: Filter, options?: Options): Promise<unknown>
}
type Adapter = {
  connection: { db?: { collection(name: string): Collection } }
  sessions?: Record<string, { inTransaction(): boolean }>
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown })?.code === 11000

export const mongoStore = (payload: Payload): SearchStore => {
  const adapter = payload.db as unknown as Adapter
  const collection = () => {
    // The driver's own collection, not mongoose's wrapper, which would queue calls while disconnected.
    if (!adapter.connection.db) throw new Error('The search index needs a connected MongoDB.')
    return adapter.connection.db.collection(SEARCH_COLLECTION)
  }
  const run = <T>(call: (index: Collection) => Promise<T>) =>
    failingFast(payload.db, () => call(collection()))
  /** The save's transaction, when there is one (a replica set): the index changes with the document. */
  const session = async (req?: Partial<PayloadRequest>) => {
    const id = req?.transactionID ? await req.transactionID : undefined
    const found = id === undefined ? undefined : adapter.sessions?.[String(id)]
    return found?.inTransaction() ? { session: found } : {}
  }

  const putOne = async (index: Collection, doc: IndexedDocument, options: Options) => {
    const _id = indexId(doc.kind, doc.id)
    const stored = await index.findOne({ _id }, { ...options, projection: { terms: 0 } })
    if (stored && stored.updatedAt === doc.updatedAt && stored.version === doc.version) return
    // A rank another writer took meanwhile fails on the unique index: read the taken ranks again, once.
    for (let attempt = 0; ; attempt++) {
      const [from, to] = rankRange(doc.at)
      const range = await index
        .find(
          { rank: { $gte: from, $lte: to }, _id: { $ne: _id } },
          { ...options, projection: { rank: 1 } },
        )
        .toArray()
      const rank = freeRank(doc, new Set(range.map((row) => row.rank)))
      try {
        await index.replaceOne({ _id }, indexDocument(doc, rank), { ...options, upsert: true })
        return
      } catch (error) {
        if (attempt > 0 || !isDuplicateKey(error)) throw error
      }
    }
  }

  return {
    ensure: () => run(async (index) => void (await index.createIndexes(indexSpecs))),

    put: (docs, req) =>
      run(async (index) => {
        const options = await session(req)
        for (const doc of docs) await putOne(index, doc, options)
      }),

    remove: (kind, id, req) =>
      run(
        async (index) =>
          void (await index.deleteOne({ _id: indexId(kind, id) }, await session(req))),
      ),

    count: (query) => run((index) => index.countDocuments(tierFilter(query))),

    hits: (query, offset, limit) =>
      run(async (index) => {
        const rows = await index
          .find(tierFilter(query), { projection: { kind: 1, docId: 1 } })
          .sort(newestFirst)
          .skip(offset)
          .limit(limit)
          .toArray()
        return rows.map((row) => ({ kind: row.kind as SearchedCollection, id: row.docId }))
      }),

    stamps: (kind) =>
      run(async (index) => {
        const rows = await index
          .find({ kind }, { projection: { docId: 1, updatedAt: 1, version: 1 } })
          .toArray()
        return new Map<string, Stamp>(
          rows.map((row) => [row.docId, { updatedAt: row.updatedAt, version: row.version }]),
        )
      }),
  }
}
