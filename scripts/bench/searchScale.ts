// `npm run bench -- --search`: the site search at 100, 1,000 and 10,000 releases (or the sizes of
// --scale / --releases), measured in process (scripts/bench/search.ts), not over HTTP, so the
// figures are the search's own. A throwaway database is seeded, topped up with generated releases
// (scripts/bench/addReleases.ts) to each size, and its index refilled from nothing there. With
// BENCH_SEARCH_DB=file:… it measures that database as it is instead (its index brought up to date,
// never refilled). Prints a table and writes bench/results/search.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runScript } from './child'
import type { SearchFigures } from './search'

// The aim of issue 13: a search's p95 under this at 10,000 releases.
const AIM_MS = 50

const measure = async (env: Record<string, string | undefined>, dir: string, refill: boolean) => {
  const out = path.join(dir, `search-${Date.now()}.json`)
  await runScript('scripts/bench/search.ts', [out, ...(refill ? ['--refill'] : [])], env)
  return JSON.parse(readFileSync(out, 'utf8')) as SearchFigures
}

const print = (results: SearchFigures[]) => {
  console.log(
    `\nSearch in process (querySearch: the index, then the page's documents through Payload), ` +
      `p50 / p95 ms of ${process.env.BENCH_SEARCH_RUNS ?? 100} runs, matches; aim: p95 under ${AIM_MS} ms.\n`,
  )
  const names = Object.keys(results[0].cases)
  const show = (n: number) => n.toFixed(1)
  console.table(
    Object.fromEntries(
      names.map((name) => [
        name,
        Object.fromEntries(
          results.map((r) => {
            const c = r.cases[name]
            return [
              r.releases,
              `${show(c.p50)} / ${show(c.p95)}${c.p95 > AIM_MS ? ' ⚠' : ''} (${c.matches})`,
            ]
          }),
        ),
      ]),
    ),
  )
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.releases,
        {
          'index MiB': r.indexBytes === null ? '—' : (r.indexBytes / 2 ** 20).toFixed(1),
          'start-up check ms': Math.round(r.checkMs),
          'fill from nothing s': r.refill ? r.refill.seconds.toFixed(1) : '—',
          'documents filled': r.refill?.written ?? '—',
        },
      ]),
    ),
  )
}

export const runSearchScale = async (sizes: number[]) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-served-search-'))
  const results: SearchFigures[] = []
  try {
    const handed = process.env.BENCH_SEARCH_DB
    if (handed) {
      console.log(`Search: measuring ${handed} as it is…`)
      results.push(await measure({ ...process.env, DATABASE_URI: handed }, dir, false))
    } else {
      // Named as the bench's served databases are, which addReleases.ts alone agrees to fill.
      const env: Record<string, string | undefined> = {
        ...process.env,
        DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET:
          process.env.PAYLOAD_SECRET || 'search-bench-secret-for-a-throwaway-database',
        LOG_LEVEL: 'error',
      }
      delete env.NODE_ENV
      console.log('Search: seeding a throwaway database…')
      await runScript('scripts/prepare.ts', [], env)
      for (const size of sizes) {
        console.log(`\nSearch: ${size} releases`)
        const added = path.join(dir, `releases-${size}.json`)
        await runScript('scripts/bench/addReleases.ts', [String(size), added], env)
        results.push(await measure(env, dir, true))
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  print(results)
  mkdirSync('bench/results', { recursive: true })
  const file = 'bench/results/search.json'
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`)
  console.log(`Written to ${file}`)
  return results
}
