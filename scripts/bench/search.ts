// Measures the site search in process, as the search page runs it (querySearch, through Payload's
// Local API and the search index), on the database DATABASE_URI names: p50/p95/p99 per kind of
// query, the index's size, the start-up check of a current index, and (with --refill, on a
// throwaway database) the index filled again from nothing. Writes the figures as JSON.
//   npx tsx scripts/bench/search.ts <out.json> [--refill]
import '../env'
import type { Client } from '@libsql/client'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { querySearch } from '@/content/queries/search'
import { isMongoUri } from '@/db/databaseUri'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { fillSearchIndex } from '@/search/fill'
import { bootPayload } from '../boot'
import { type Percentiles, percentiles } from './percentiles'

/** The kinds of query the bench asks, over the generated releases (scripts/bench/data/releasePool.ts). */
const searchCases: { name: string; locale: Locale; q: string }[] = [
  { name: 'English word', locale: 'en', q: 'trafficking' },
  { name: 'Spanish word, accented', locale: 'es', q: 'explotación' },
  { name: 'Japanese word inside unspaced text', locale: 'ja', q: '取引' },
  { name: 'two words', locale: 'en', q: 'migrant workers' },
  { name: 'no match', locale: 'en', q: 'zyzzyva' },
  { name: 'two-letter beginning', locale: 'en', q: 'wo' },
  { name: 'one Japanese character', locale: 'ja', q: '権' },
]
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 100)

export interface SearchFigures {
  releases: number
  cases: Record<string, Percentiles & { matches: number }>
  indexBytes: number | null
  checkMs: number
  refill?: { seconds: number; written: number }
}

const [out] = process.argv.slice(2)
if (!out) throw new Error('Usage: tsx scripts/bench/search.ts <out.json> [--refill]')
const refill = process.argv.includes('--refill')
const sqlite = !isMongoUri(process.env.DATABASE_URI)

const payload = await bootPayload()
const client = sqlite ? (payload.db as unknown as { client: Client }).client : undefined
// The planner's statistics are gathered on connect (src/db/plannerStatistics.ts): this connection
// has them for the rows the bench just added.

const timeCase = async ({ locale, q }: (typeof searchCases)[number]) => {
  for (let i = 0; i < 5; i++) await querySearch(payload, locale, q)
  const samples: number[] = []
  let matches = 0
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    matches = (await querySearch(payload, locale, q)).totalItems
    samples.push(performance.now() - started)
  }
  return { ...percentiles(samples), matches }
}

const figures: SearchFigures = {
  releases: (await payload.count({ collection: 'news-releases', overrideAccess: true })).totalDocs,
  cases: {},
  indexBytes: null,
  checkMs: 0,
}

if (refill && client) {
  // From nothing, as on the first start with a database from before the index.
  await client.batch(
    ['search_docs', ...locales.map((locale) => `search_fts_${locale}`)].map(
      (table) => `DROP TABLE IF EXISTS ${table}`,
    ),
    'write',
  )
  const filled = await fillSearchIndex(payload)
  figures.refill = { seconds: filled.ms / 1000, written: filled.written }
}
// The start-up check of a current index, as every start runs it (scripts/prepare.ts).
const started = performance.now()
await fillSearchIndex(payload)
figures.checkMs = performance.now() - started

for (const one of searchCases) figures.cases[one.name] = await timeCase(one)
if (client) {
  const { rows } = await client.execute(
    `SELECT sum(pgsize) AS bytes FROM dbstat
      WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name LIKE 'sqlite_autoindex_search\\_%' ESCAPE '\\'`,
  )
  figures.indexBytes = Number(rows[0].bytes)
}
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`)
await payload.destroy()
process.exit(0)
