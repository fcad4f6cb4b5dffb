// The search index on SQLite: an FTS5 table per language, contentless (only the index of terms is
// stored), over the terms tokens.ts makes, written out separated by spaces: FTS5's ascii tokenizer
// then splits at nothing else (every character of a term is a letter or digit, and it takes any
// character beyond ASCII as part of a term). detail=column keeps which column holds a term, not
// where: title matches need no more. prefix='2 3' keeps an index of 2- and 3-character beginnings,
// for words asked by their beginning. Each document's rowid is its rank (store.ts), in all the
// tables, so FTS5 hands matches newest first; search_docs maps rowids to documents.
import type { Client, InStatement } from '@libsql/client'
import type { Payload } from 'payload'
import type { SearchedCollection } from '@/documents/kinds'
import { failingFast } from '@/db/failFast'
import { type Locale, locales } from '@/i18n/locales'
import type { QueryTerm } from '@/lib/search/tokens'
import type { IndexedDocument } from './entries'
import { freeRank, rankRange, type SearchStore, type Stamp, type TierQuery } from './store'

const table = (locale: Locale) => `search_fts_${locale}`

const schema = [
  `CREATE TABLE IF NOT EXISTS search_docs (
    rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_id TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL, hidden_until TEXT, UNIQUE (kind, doc_id))`,
  `CREATE INDEX IF NOT EXISTS search_docs_hidden_idx ON search_docs (hidden_until)
    WHERE hidden_until IS NOT NULL`,
  ...locales.map(
    (locale) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${table(locale)} USING fts5(title, body,
      content='', contentless_delete=1, tokenize='ascii', detail=column, prefix='2 3')`,
  ),
]

/** An FTS5 query: every term in the column, each a quoted string (terms hold letters and digits only). */
const allIn = (column: 'title' | 'body', terms: QueryTerm[]) =>
  terms.map(({ text, prefix }) => `${column}:"${text}"${prefix ? '*' : ''}`).join(' AND ')

const matchOf = ({ terms, tier }: TierQuery) =>
  tier === 'title'
    ? allIn('title', terms)
    : tier === 'all'
      ? allIn('body', terms)
      : `(${allIn('body', terms)}) NOT (${allIn('title', terms)})`

const visible = 'rowid NOT IN (SELECT rowid FROM search_docs WHERE hidden_until > ?)'

const isConstraint = (error: unknown) =>
  String((error as { code?: unknown })?.code ?? '').startsWith('SQLITE_CONSTRAINT')

export const sqliteStore = (payload: Payload): SearchStore => {
  // Payload's SQLite adapter runs without transactions: its writes are committed as they go, and
  // the index's are too, each call atomically (a batch is one transaction on the same connection).
  const client = () => (payload.db as unknown as { client: Client }).client
  const run = <T>(call: (db: Client) => Promise<T>) => failingFast(payload.db, () => call(client()))
  // By the rowid itself: FTS5 looks up `rowid = ?`, but would read a whole table for `rowid IN (…)`.
  const removing = (rowid: number): InStatement[] =>
    ['search_docs', ...locales.map(table)].map((name) => ({
      sql: `DELETE FROM ${name} WHERE rowid = ?`,
      args: [rowid],
    }))

  /** The statements that write these documents, leaving out those already indexed as they are. */
  const writing = async (db: Client, docs: IndexedDocument[]) => {
    // Every delete before any insert: FTS5 writes its pending inserts out before a contentless
    // delete, so interleaving them left a segment per document (ten times slower, merges after).
    const deletes: InStatement[] = []
    const inserts: InStatement[] = []
    const claimed = new Set<number>()
    for (const doc of docs) {
      const { rows } = await db.execute({
        sql: 'SELECT rowid, updated_at, version FROM search_docs WHERE kind = ? AND doc_id = ?',
        args: [doc.kind, doc.id],
      })
      const stored = rows[0]
      if (stored && stored.updated_at === doc.updatedAt && stored.version === doc.version) continue
      const range = await db.execute({
        sql: 'SELECT rowid FROM search_docs WHERE rowid BETWEEN ? AND ?',
        args: rankRange(doc.at),
      })
      const taken = new Set([...claimed, ...range.rows.map((row) => Number(row.rowid))])
      if (stored) taken.delete(Number(stored.rowid))
      const rank = freeRank(doc, taken)
      claimed.add(rank)
      if (stored) deletes.push(...removing(Number(stored.rowid)))
      inserts.push({
        sql: `INSERT INTO search_docs (rowid, kind, doc_id, updated_at, version, hidden_until)
          VALUES (?, ?, ?, ?, ?, ?)`,
        args: [rank, doc.kind, doc.id, doc.updatedAt, doc.version, doc.hiddenUntil],
      })
      for (const [locale, entry] of Object.entries(doc.entries))
        inserts.push({
          sql: `INSERT INTO ${table(locale as Locale)} (rowid, title, body) VALUES (?, ?, ?)`,
          args: [rank, entry.title.join(' '), entry.body.join(' ')],
        })
    }
    return [...deletes, ...inserts]
  }

  return {
    ensure: () =>
      run(async (db) => {
        const names = ['search_docs', ...locales.map(table)]
        const { rows } = await db.execute({
          sql: `SELECT name FROM sqlite_master WHERE name IN (${names.map(() => '?').join(', ')})`,
          args: names,
        })
        // Only what is missing (a new language's table): a start with them all in place writes nothing.
        if (rows.length < names.length) await db.batch(schema, 'write')
      }),

    put: (docs) =>
      run(async (db) => {
        // A rank another writer took between reading and writing: read the taken ranks again, once.
        for (let attempt = 0; ; attempt++) {
          const statements = await writing(db, docs)
          if (!statements.length) return
          try {
            await db.batch(statements, 'write')
            return
          } catch (error) {
            if (attempt > 0 || !isConstraint(error)) throw error
          }
        }
      }),

    remove: (kind, id) =>
      run(async (db) => {
        // A draft never published is saved often (autosave): a read, not a write, finds it absent.
        const { rows } = await db.execute({
          sql: 'SELECT rowid FROM search_docs WHERE kind = ? AND doc_id = ?',
          args: [kind, id],
        })
        if (rows.length) await db.batch(removing(Number(rows[0].rowid)), 'write')
      }),

    count: (query) =>
      run(async (db) => {
        const { rows } = await db.execute({
          sql: `SELECT count(*) AS n FROM ${table(query.locale)}
            WHERE ${table(query.locale)} MATCH ? AND ${visible}`,
          args: [matchOf(query), query.now],
        })
        return Number(rows[0].n)
      }),

    hits: (query, offset, limit) =>
      run(async (db) => {
        const fts = table(query.locale)
        const { rows } = await db.execute({
          sql: `SELECT d.kind, d.doc_id FROM ${fts} JOIN search_docs d ON d.rowid = ${fts}.rowid
            WHERE ${fts} MATCH ? AND ${fts}.${visible} ORDER BY ${fts}.rowid DESC LIMIT ? OFFSET ?`,
          args: [matchOf(query), query.now, limit, offset],
        })
        return rows.map((row) => ({
          kind: row.kind as SearchedCollection,
          id: String(row.doc_id),
        }))
      }),

    stamps: (kind) =>
      run(async (db) => {
        const { rows } = await db.execute({
          sql: 'SELECT doc_id, updated_at, version FROM search_docs WHERE kind = ?',
          args: [kind],
        })
        return new Map<string, Stamp>(
          rows.map((row) => [
            String(row.doc_id),
            { updatedAt: String(row.updated_at), version: Number(row.version) },
          ]),
        )
      }),
  }
}
