// npm run load -- [URL] [--seconds 60] [--connections 64]: a benchmark of a served site under a mix
// of page requests (scripts/load/mix.ts) from many loopback client addresses. Prints requests per
// second, p50/p95/p99 latency, timeouts and non-2xx answers, per page too, and writes
// bench/results/load.json. No thresholds: exits 1 only when the site did not answer at all.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { percentiles } from './bench/percentiles'
import { runClient, type Sample, warmUp } from './load/client'
import { mix } from './load/mix'
import { positiveInteger, refuseSwallowedFlags, targetOrExit } from './target'

const TIMEOUT_MS = 10_000

refuseSwallowedFlags('load', ['seconds', 'connections', 'json', 'allow-remote'])
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    json: { type: 'string', default: path.join('bench', 'results', 'load.json') },
    'allow-remote': { type: 'boolean', default: false },
  },
})
const seconds = positiveInteger('seconds', values.seconds)
const connections = positiveInteger('connections', values.connections)
const url = positionals[0] ?? 'http://localhost:8080'
const target = await targetOrExit(url, values['allow-remote'])

// Each page once, one at a time: warms the caches (the figures describe pages readers get, not a
// cold start) and tells at once whether anything answers.
const warm = await warmUp(target, mix, TIMEOUT_MS)
if (warm.every((sample) => sample.status === undefined)) {
  console.error(`${url} did not answer: ${warm[0]?.error}`)
  process.exit(1)
}

console.log(`Load on ${url}: ${seconds} s, ${connections} connections, ${mix.length} pages in turn`)
const samples: Sample[] = []
const started = performance.now()
const endAt = Date.now() + seconds * 1000
await Promise.all(
  Array.from({ length: connections }, (_, index) =>
    runClient(target, mix, index, connections, endAt, TIMEOUT_MS, (sample) => samples.push(sample)),
  ),
)
const elapsed = (performance.now() - started) / 1000

const summarize = (list: Sample[]) => {
  const answered = list.filter((sample) => sample.status !== undefined)
  const byStatus: Record<string, number> = {}
  for (const sample of answered)
    if (sample.status! < 200 || sample.status! >= 300)
      byStatus[sample.status!] = (byStatus[sample.status!] ?? 0) + 1
  const errors: Record<string, number> = {}
  for (const sample of list)
    if (sample.error) errors[sample.error] = (errors[sample.error] ?? 0) + 1
  return {
    requests: list.length,
    answered: answered.length,
    ...percentiles(answered.map((sample) => sample.ms)),
    non2xx: byStatus,
    serverErrors: answered.filter((sample) => sample.status! >= 500).length,
    errors,
  }
}
const total = {
  requestsPerSecond: Math.round(
    samples.filter((sample) => sample.status !== undefined).length / elapsed,
  ),
  ...summarize(samples),
}
const pages = Object.fromEntries(
  mix.map((page) => [page, summarize(samples.filter((sample) => sample.path === page))]),
)

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ') || 'none'
console.log(
  `\n${total.requests} requests in ${elapsed.toFixed(1)} s: ${total.requestsPerSecond} answered a second`,
)
console.log(`latency p50 ${total.p50} ms, p95 ${total.p95} ms, p99 ${total.p99} ms`)
console.log(`timeouts (${TIMEOUT_MS / 1000} s) and connection errors: ${counts(total.errors)}`)
console.log(`non-2xx by status: ${counts(total.non2xx)}; 5xx: ${total.serverErrors}`)
const width = Math.max(...mix.map((page) => page.length))
console.log(
  `\n${'page'.padEnd(width)} ${['requests', 'p50 ms', 'p95 ms', 'non-2xx'].map((title) => title.padStart(8)).join(' ')}`,
)
for (const [page, result] of Object.entries(pages)) {
  const failed =
    Object.values(result.non2xx).reduce((sum, count) => sum + count, 0) +
    Object.values(result.errors).reduce((sum, count) => sum + count, 0)
  console.log(
    `${page.padEnd(width)} ${[result.requests, result.p50, result.p95, failed].map((value) => String(value).padStart(8)).join(' ')}`,
  )
}

mkdirSync(path.dirname(values.json), { recursive: true })
writeFileSync(
  values.json,
  `${JSON.stringify({ target: url, finishedAt: new Date().toISOString(), seconds, connections, total, pages }, null, 2)}\n`,
)
console.log(`\nWrote ${values.json}`)
process.exit(total.answered === 0 ? 1 : 0)
