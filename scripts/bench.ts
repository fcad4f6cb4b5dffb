// npm run bench: builds and serves the seeded site, then measures each page type under load
// (requests per second, p50/p99 latency at fixed concurrency) and its first-load JavaScript.
// Writes bench/results/latest.json and prints a table. BENCH_SKIP_BUILD=1 reuses the last build.
import autocannon from 'autocannon'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const pages = {
  home: '/en',
  'focus area': '/en/focus-areas/human-trafficking-and-exploitative-migration',
  'news list': '/en/news',
  release: '/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
}

/** Gzipped bytes of every script the page loads on first visit. */
const firstLoadJs = async (url: string, path: string): Promise<number> => {
  const html = await (await fetch(`${url}${path}`)).text()
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]))]
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
  const report = { date: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, pages: results }
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
  console.log('Written to bench/results/latest.json')
} finally {
  stopSeededServer(server)
}
process.exit(0)
