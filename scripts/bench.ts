// npm run bench: builds and serves the seeded site, then measures each page type under wrk's load
// (scripts/bench/compare.ts) beside Debian's nginx serving the same HTML from a file and, when
// BENCH_PEER_URL names a running copy of Payload's website template, beside its pages too; the
// servers' memory after a longer load on one page (first); each page's first-load JavaScript; and
// Lighthouse for home, a release, the news list and the press room (bench/lighthouseReport.ts).
// Then it adds 2,000 generated press contacts to the served database
// (scripts/bench/generateContacts.ts) and measures the press room over them: the directory's
// lookup in process (scripts/bench/pressDirectory.ts), and the press page with combined filters
// over HTTP. Last, the scale part (scripts/bench/scale.ts): the public pages at
// 100, 1,000 and 10,000 generated releases. Writes bench/results/latest.json and prints tables.
//   npm run bench -- --releases N      the scale part up to N releases (100, 1000, ... below N, then N)
//   npm run bench -- --scale 100,500   the scale part at these sizes
//   npm run bench -- --scale-only      only the scale part (written to bench/results/scale.json)
//   npm run bench -- --search          only the search, in process, at those sizes (searchScale.ts)
// BENCH_SKIP_BUILD=1 reuses the last build; BENCH_SKIP_LIGHTHOUSE=1 leaves it out;
// BENCH_PRESS_CONTACTS changes the number of generated contacts; BENCH_ROUNDS, BENCH_SECONDS,
// BENCH_MEMORY_SECONDS the load; BENCH_PEER_PAGES the peer's paths (home=/,…); BENCH_PEER_RENDERED
// a page the peer renders on every request (its search).
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { pressQueries, pressQueryPath } from './bench/generateContacts'
import { runScript } from './bench/child'
import { compare, listenerPid, memoryAfterLoad, type Target } from './bench/compare'
import { EDGE, printComparison } from './bench/compareReport'
import { firstLoadJs, load } from './bench/measure'
import type { PressLookupReport } from './bench/pressDirectory'
import { printPress } from './bench/pressReport'
import { printLighthouse, runLighthouse, type LighthouseReport } from './bench/lighthouseReport'
import {
  pages,
  peerPages,
  peerRenderedPage,
  PEER_URL,
  pressPages,
  renderedPage,
} from './bench/pages'
import { printScale, runScale, scaleSizes } from './bench/scale'
import { runSearchScale } from './bench/searchScale'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const { values: args } = parseArgs({
  options: {
    releases: { type: 'string' },
    scale: { type: 'string' },
    'scale-only': { type: 'boolean' },
    search: { type: 'boolean' },
  },
})
const sizes = scaleSizes(args)
// No server: the search is measured in process, on a throwaway database of its own.
if (args.search) await runSearchScale(sizes).then(() => process.exit(0))
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const MEMORY_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 60)

type PageResult = Awaited<ReturnType<typeof load>> & { firstLoadJsGzip: number }

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
// The scale part revalidates the served site's caches after each top-up, as the cron runner would.
process.env.CRON_SECRET ||= randomBytes(32).toString('hex')
// Due jobs at the production interval, not the browser tests' every second: their work would be
// counted in each response's CPU time.
process.env.JOBS_INTERVAL_SECONDS = '10'
const server = await startSeededServer({ build: process.env.BENCH_SKIP_BUILD !== '1' })

/** Page types under load, Lighthouse, and the press room over generated contacts. */
const pagesAndPress = async () => {
  // The app itself, not through nginx: the numbers describe the app and stay comparable with earlier runs.
  const beacon = (path: string): Target => ({
    name: 'Beacon',
    url: `${server.appUrl}${path}`,
    pid: server.pid,
  })
  const peerPid = PEER_URL ? listenerPid(PEER_URL) : undefined
  const peer = (name: string): Target[] =>
    PEER_URL && peerPages[name]
      ? [{ name: 'template', url: `${PEER_URL}${peerPages[name]}`, pid: peerPid }]
      : []
  await fetch(`${server.appUrl}${renderedPage}`)
  if (PEER_URL) await fetch(`${PEER_URL}${peerRenderedPage}`)
  // First, so both servers have served the same pages only (their search, then the release; not
  // Beacon's focus area and press room too).
  const memoryMb = await memoryAfterLoad(
    [beacon(pages.release), ...peer('release')],
    CONNECTIONS,
    MEMORY_SECONDS,
  )
  // Through nginx, as readers get them: pages the edge cache keeps (not the press room, which the
  // rate limit counts).
  const edge = (name: string, path: string): Target[] =>
    name === 'press room' ? [] : [{ name: EDGE, url: `${server.url}${path}` }]
  const comparison = await compare(
    Object.fromEntries(
      Object.entries(pages).map(([name, path]) => [
        name,
        [beacon(path), ...edge(name, path), ...peer(name)],
      ]),
    ),
    { rounds: ROUNDS, connections: CONNECTIONS, seconds: SECONDS },
  )
  const firstLoadJsGzip: Record<string, number> = {}
  for (const [name, path] of Object.entries(pages))
    firstLoadJsGzip[name] = await firstLoadJs(server.appUrl, path)
  const results: Record<string, PageResult> = {}
  const lighthouse: LighthouseReport =
    process.env.BENCH_SKIP_LIGHTHOUSE === '1' ? {} : await runLighthouse(server.url)

  // The press room over many contacts, added to the served database while it is idle; no press page
  // has been asked for yet, so the server's cached press list is made from all of them.
  const out = path.join(server.dir, 'press-lookup.json')
  await runScript('scripts/bench/pressDirectory.ts', [out], server.env)
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

  printComparison(comparison, {
    memory: memoryMb,
    firstLoadJsGzip,
    rounds: ROUNDS,
    seconds: SECONDS,
    connections: CONNECTIONS,
  })
  if (!PEER_URL) console.log('(No peer: BENCH_PEER_URL names a running template to compare with.)')
  printPress(press, results)

  printLighthouse(lighthouse)
  return {
    rounds: ROUNDS,
    comparison,
    memoryMb,
    firstLoadJsGzip,
    pressPages: results,
    press,
    lighthouse,
  }
}

try {
  const measured = args['scale-only'] ? {} : await pagesAndPress()
  const scale = await runScale(server, sizes, CONNECTIONS, SECONDS)
  const ratios = printScale(scale, CONNECTIONS, SECONDS)
  const report = {
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    seconds: SECONDS,
    ...measured,
    scale: { sizes: scale, ratios },
  }
  const file = `bench/results/${args['scale-only'] ? 'scale' : 'latest'}.json`
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Written to ${file}`)
} catch (error) {
  // The server's log goes with its directory: show its end first.
  console.error(`Server log (end):\n${readFileSync(server.logFile, 'utf8').slice(-4000)}`)
  throw error
} finally {
  await stopSeededServer(server)
}
process.exit(0)
