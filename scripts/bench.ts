// npm run bench: builds and serves the seeded site, then measures each page type under load
// (requests per second, p50/p95/p99 latency at fixed concurrency), its first-load JavaScript, and
// Lighthouse's scores for home, a release, the news list and the press room. Then it adds 2,000
// generated press contacts to the served database (scripts/bench/generateContacts.ts) and measures
// the press room over them: the directory's lookup in process (scripts/bench/pressDirectory.ts), and
// the press page with combined filters over HTTP. Writes bench/results/latest.json and prints tables.
// BENCH_SKIP_BUILD=1 reuses the last build; BENCH_SKIP_LIGHTHOUSE=1 leaves it out;
// BENCH_PRESS_CONTACTS changes the number of generated contacts.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pressQueries, pressQueryPath } from './bench/generateContacts'
import { firstLoadJs, load } from './bench/measure'
import type { PressLookupReport } from './bench/pressDirectory'
import { lighthouseScores, type Scores } from './lighthouse'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const pages = {
  home: '/en',
  'focus area': '/en/focus-areas/human-trafficking-and-exploitative-migration',
  'news list': '/en/news',
  release: '/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
  'press room': '/en/press',
}
// Measured after the generated contacts are added: the press page with combined filters.
const pressPages = Object.fromEntries(
  pressQueries.map((query) => [`press: ${query.name}`, pressQueryPath(query)]),
)

const lighthousePages = ['home', 'release', 'news list', 'press room'] as const

type PageResult = Awaited<ReturnType<typeof load>> & { firstLoadJsGzip: number }

/** A latency for the tables; none when no response finished within the run. */
const ms = (value: number) => (Number.isFinite(value) ? value : '—')

const measurePages = async (
  url: string,
  list: Record<string, string>,
  results: Record<string, PageResult>,
) => {
  for (const [name, path] of Object.entries(list)) {
    // Warm the caches: the numbers describe a page readers actually get, not a cold start.
    for (let i = 0; i < 5; i++) await fetch(`${url}${path}`)
    results[name] = {
      ...(await load(`${url}${path}`, CONNECTIONS, SECONDS)),
      firstLoadJsGzip: await firstLoadJs(url, path),
    }
  }
}

// The press room's per-client rate limit would answer the load with 429s: the limiter still counts
// every request here, it just never refuses one.
process.env.PRESS_RATE_LIMIT = String(1_000_000_000)
const server = await startSeededServer({ build: process.env.BENCH_SKIP_BUILD !== '1' })
// The app itself, not through nginx: the numbers describe the app and stay comparable with earlier runs.
try {
  const results: Record<string, PageResult> = {}
  await measurePages(server.appUrl, pages, results)
  const lighthouse: Partial<Record<(typeof lighthousePages)[number], Scores>> = {}
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
    for (const name of lighthousePages)
      lighthouse[name] = await lighthouseScores(`${server.appUrl}${pages[name]}`)
  }

  // The press room over many contacts, added to the served database while it is idle; no press page
  // has been asked for yet, so the server's cached press list is made from all of them.
  const out = path.join(server.dir, 'press-lookup.json')
  // Not spawnSync: with this process's event loop blocked, fetch would not see the server close its
  // idle keep-alive sockets meanwhile, and would send the next request down a dead one.
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/bench/pressDirectory.ts', out], {
      env: server.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`scripts/bench/pressDirectory.ts failed (exit ${code})`)),
    )
  })
  const lookup = JSON.parse(readFileSync(out, 'utf8')) as PressLookupReport
  await measurePages(server.appUrl, pressPages, results)
  // One connection: the time the server takes for one filtered press page, without queueing behind others.
  const single: Record<string, Awaited<ReturnType<typeof load>>> = {}
  for (const query of pressQueries)
    single[query.name] = await load(`${server.appUrl}${pressQueryPath(query)}`, 1, SECONDS)
  const serverLog = readFileSync(server.logFile, 'utf8')
  const refused = [...serverLog.matchAll(/items over 2MB can not be cached \((\d+) bytes\)/g)].map(
    (match) => Number(match[1]),
  )
  const press = { ...lookup, http: single, dataCacheRefused: refused }

  const report = {
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    seconds: SECONDS,
    pages: results,
    press,
    lighthouse,
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`)
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per page (aims: p99 < 50 ms, release JS ≤ 112 KiB gzip; press pages over ${press.contacts} generated contacts)\n`,
  )
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        {
          'req/s': r.requestsPerSecond,
          'p50 ms': ms(r.p50),
          'p95 ms': ms(r.p95),
          'p99 ms': ms(r.p99),
          'errors+non2xx': r.errors + r.non2xx,
          'JS KiB gz': (r.firstLoadJsGzip / 1024).toFixed(1),
        },
      ]),
    ),
  )

  console.log(
    `\nPress directory over ${press.contacts} generated press contacts (added through the Local API in ${press.createSeconds.toFixed(0)} s; aim: p95 < 50 ms).` +
      '\nlookup: in process, as the page does it on a data-cache hit (parse the stored list, options, filter) or a miss (Payload query too);' +
      '\nHTTP: the filtered page, one connection, so no request waits behind another.\n',
  )
  const row = (t: { p50: number; p95: number; p99: number; runs: number }, matches = '') => ({
    'p50 ms': ms(t.p50),
    'p95 ms': ms(t.p95),
    'p99 ms': ms(t.p99),
    runs: t.runs,
    matches,
  })
  console.table(
    Object.fromEntries([
      ...press.cached.flatMap((c) => {
        const matches = `${c.matches} of ${press.uncached[c.locale]?.directory}`
        return [
          [`${c.name}: lookup, cache hit`, row(c.lookup, matches)],
          [`${c.name}: HTTP`, row(press.http[c.name], matches)],
        ]
      }),
      ...Object.entries(press.uncached).map(([locale, u]) => [
        `${locale}: lookup, cache miss`,
        row(u!.lookup),
      ]),
    ]),
  )
  for (const [locale, u] of Object.entries(press.uncached)) {
    console.log(
      `${locale}: of a cache miss, the Payload query alone p50 ${u!.query.p50} ms; the cached list weighs ${(u!.cacheEntrySize / 1024).toFixed(0)} KiB (Next caches up to 2048).`,
    )
  }
  if (refused.length)
    console.log(
      `Next refused to cache an entry over 2 MB ${refused.length} time(s): those press pages ran a cache miss each time.`,
    )

  if (Object.keys(lighthouse).length) {
    console.log('\nLighthouse (mobile, simulated throttling; aim: 100 in each)\n')
    console.table(
      Object.fromEntries(
        Object.entries(lighthouse).map(([name, { missed, ...scores }]) => [name, scores]),
      ),
    )
    for (const [name, { missed }] of Object.entries(lighthouse))
      if (missed.length) console.log(`${name}: ${missed.join('; ')}`)
  }
  console.log('Written to bench/results/latest.json')
} catch (error) {
  // The server's log goes with its directory: show its end first.
  console.error(`Server log (end):\n${readFileSync(server.logFile, 'utf8').slice(-4000)}`)
  throw error
} finally {
  await stopSeededServer(server)
}
process.exit(0)
