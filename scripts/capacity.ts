// npm run capacity: what one app instance and the front door serve here, for docs/scaling.md. The
// seeded site on two instances behind nginx with a shared Redis, then wrk (-t2, 32 connections,
// 10 s each) on:
//   - one instance directly: a cached page (home, a release), and searches (rendered on request);
//   - the front door: a cached page, and a mix over every page of the site, counting what the
//     edge cache did with each request (its hit ratio).
// Needs a build (npm run build); writes bench/results/capacity.json.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../deploy/processes.js'
import { ensureRedis } from '../deploy/redis/redis.js'
import { pages } from './bench/pages'
import { wrk, wrkWith, type WrkResult } from './bench/wrk'
import { edgeStates, pageMixLua, searchLua, sitePaths } from './capacity/loads'
import { redisServer } from './faults/servers'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const CONNECTIONS = 32
const SECONDS = 10
const SEARCHED = ['migrant', 'trafficking', 'labour', 'visa', 'trata', '人身取引', '技能実習'].map(
  encodeURIComponent,
)

const missing = ensureRedis()
if (missing) throw new Error(missing)
const redis = redisServer(
  mkdtempSync(path.join(tmpdir(), 'beacon-capacity-redis-')),
  await freePort(),
)
await redis.start()
const stack = await startSeededServer({
  build: false,
  instances: 2,
  env: { REDIS_URL: redis.url, PRESS_RATE_LIMIT: '1000000' },
})

type Figures = WrkResult & { edge?: Record<string, number> }
const figures: Record<string, Figures> = {}
const measure = async (name: string, run: () => Promise<Figures>) => {
  figures[name] = await run()
  const { requestsPerSecond, p50, p99, non2xx, errors } = figures[name]
  console.log(
    `${name.padEnd(44)} ${String(requestsPerSecond).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms` +
      (non2xx || errors ? `  (${non2xx} non-2xx, ${errors} errors)` : ''),
  )
}

try {
  const app = stack.apps[0].url
  // Each page once, so the loads below find them in the caches as readers would.
  const paths = await sitePaths(stack.url)
  for (const page of paths) await fetch(`${stack.url}${page}`)
  console.log(
    `${paths.length} pages in the sitemap; ${cpus().length} cores; wrk -t2 -c${CONNECTIONS} -d${SECONDS}s\n`,
  )

  await measure('one instance, cached: home', () =>
    wrk(`${app}${pages.home}`, CONNECTIONS, SECONDS),
  )
  await measure('one instance, cached: release', () =>
    wrk(`${app}${pages.release}`, CONNECTIONS, SECONDS),
  )
  await measure(
    'one instance, rendered: search',
    async () => (await wrkWith(searchLua(SEARCHED), app, CONNECTIONS, SECONDS)).result,
  )
  await measure('front door, edge cache: home', () =>
    wrk(`${stack.url}${pages.home}`, CONNECTIONS, SECONDS),
  )
  await measure('front door, mix of every page', async () => {
    const { result, stdout } = await wrkWith(pageMixLua(paths), stack.url, CONNECTIONS, SECONDS)
    return { ...result, edge: edgeStates(stdout) }
  })
  const edge = figures['front door, mix of every page'].edge ?? {}
  const total = Object.values(edge).reduce((sum, count) => sum + count, 0)
  const served = (edge.HIT ?? 0) + (edge.STALE ?? 0) + (edge.UPDATING ?? 0)
  console.log(
    `\nEdge cache in the mix: ${Math.round((1000 * served) / total) / 10}% served by nginx ` +
      `(${Object.entries(edge)
        .map(([state, count]) => `${state} ${count}`)
        .join(', ')})`,
  )
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/capacity.json',
    JSON.stringify(
      { at: new Date().toISOString(), cores: cpus().length, pages: paths.length, figures },
      null,
      1,
    ),
  )
} finally {
  await stopSeededServer(stack)
  await redis.stop()
}
process.exit(0)
