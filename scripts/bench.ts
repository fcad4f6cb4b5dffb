// npm run bench: builds and serves the seeded site, then measures each page type under load
// (requests per second, p50/p99 latency at fixed concurrency), its first-load JavaScript, and
// Lighthouse's scores for home, a release and the news list. Writes bench/results/latest.json and
// prints tables. BENCH_SKIP_BUILD=1 reuses the last build; BENCH_SKIP_LIGHTHOUSE=1 leaves it out.
import autocannon from 'autocannon'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { lighthouseScores, type Scores } from './lighthouse'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const pages = {
  home: '/en',
  'focus area': '/en/focus-areas/human-trafficking-and-exploitative-migration',
  'news list': '/en/news',
  release: '/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
}

const lighthousePages = ['home', 'release', 'news list'] as const

/** Gzipped bytes of every script a current browser loads on first visit (not the nomodule polyfills). */
const firstLoadJs = async (url: string, path: string): Promise<number> => {
  const html = await (await fetch(`${url}${path}`)).text()
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag))
  const scripts = [...new Set(tags.map((tag) => /\bsrc="([^"]+\.js[^"]*)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))]
  let total = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())
    total += gzipSync(body, { level: 9 }).length
  }
  return total
}

const server = await startSeededServer({ build: process.env.BENCH_SKIP_BUILD !== '1' })
try {
  const results: Record<string, { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; firstLoadJsGzip: number }> = {}
  for (const [name, path] of Object.entries(pages)) {
    // Warm the caches: the numbers describe a page readers actually get, not a cold start.
    for (let i = 0; i < 5; i++) await fetch(`${server.url}${path}`)
    const run = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: SECONDS })
    results[name] = {
      requestsPerSecond: Math.round(run.requests.average),
      p50: run.latency.p50,
      p99: run.latency.p99,
      errors: run.errors,
      non2xx: run.non2xx,
      firstLoadJsGzip: await firstLoadJs(server.url, path),
    }
  }
  const lighthouse: Partial<Record<(typeof lighthousePages)[number], Scores>> = {}
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
    for (const name of lighthousePages) lighthouse[name] = await lighthouseScores(`${server.url}${pages[name]}`)
  }
  const report = { date: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, pages: results, lighthouse }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page (aims: p99 < 50 ms, release JS ≤ 112 KiB gzip)\n`)
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        { 'req/s': r.requestsPerSecond, 'p50 ms': r.p50, 'p99 ms': r.p99, 'errors+non2xx': r.errors + r.non2xx, 'JS KiB gz': (r.firstLoadJsGzip / 1024).toFixed(1) },
      ]),
    ),
  )
  if (Object.keys(lighthouse).length) {
    console.log('\nLighthouse (mobile, simulated throttling; aim: 100 in each)\n')
    console.table(Object.fromEntries(Object.entries(lighthouse).map(([name, { missed, ...scores }]) => [name, scores])))
    for (const [name, { missed }] of Object.entries(lighthouse)) if (missed.length) console.log(`${name}: ${missed.join('; ')}`)
  }
  console.log('Written to bench/results/latest.json')
} finally {
  stopSeededServer(server)
}
process.exit(0)
