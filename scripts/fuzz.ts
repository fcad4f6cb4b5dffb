// npm run fuzz -- [URL] [flags]: sends a fixed list of malformed and hostile requests (scripts/fuzz/)
// to a served site, prints counts by category and every request answered 5xx or not answered in
// 10 s, and exits 1 if there was any. See the README's "Fuzz and load".
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { catalogue, categories, FORWARDED_FOR } from './fuzz/catalogue'
import { forwardedForVerdict } from './fuzz/forwardedFor'
import { describe, printReport, runJson } from './fuzz/report'
import { probe, runFuzz } from './fuzz/run'
import { positiveInteger, refuseSwallowedFlags, targetOrExit } from './target'

const TIMEOUT_MS = 10_000

refuseSwallowedFlags('fuzz', [
  'concurrency',
  'press-limit',
  'only',
  'grep',
  'json',
  'list',
  'allow-remote',
])
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: '4' },
    'press-limit': { type: 'string', default: process.env.PRESS_RATE_LIMIT || '60' },
    only: { type: 'string' },
    grep: { type: 'string' },
    json: { type: 'string', default: path.join('bench', 'results', 'fuzz.json') },
    list: { type: 'boolean', default: false },
    'allow-remote': { type: 'boolean', default: false },
  },
})

const pressLimit = positiveInteger('press-limit', values['press-limit'])
const concurrency = positiveInteger('concurrency', values.concurrency)
const all = catalogue(pressLimit)
const only = values.only?.split(',').map((name) => name.trim())
const unknown = only?.filter((name) => !categories(all).includes(name)) ?? []
if (unknown.length > 0) {
  console.error(
    `Unknown categories: ${unknown.join(', ')}. There are: ${categories(all).join(', ')}`,
  )
  process.exit(2)
}
const requests = all
  .filter((request) => !only || only.includes(request.category))
  .filter((request) => !values.grep || describe(request, Infinity).includes(values.grep))

if (values.list) {
  for (const request of requests) console.log(`${request.category}\t${describe(request)}`)
  console.log(`${requests.length} requests`)
  process.exit(0)
}

const url = positionals[0] ?? 'http://localhost:8080'
const target = await targetOrExit(url, values['allow-remote'])
console.log(
  `Fuzzing ${url} (${target.address}:${target.port}) with ${requests.length} requests, ${concurrency} at a time, ${TIMEOUT_MS / 1000} s each at most`,
)
if (!target.loopbackSources)
  console.log(
    'Not an IPv4 loopback target: every request comes from one source address, so per-client limits may answer 429s.',
  )

const first = await probe(target, TIMEOUT_MS)
if (first.kind !== 'answered') {
  console.error(
    `${url} did not answer a plain request (${first.kind}${first.code ? `: ${first.code}` : ''}): nothing to fuzz`,
  )
  process.exit(1)
}

const run = await runFuzz(target, requests, {
  concurrency,
  timeoutMs: TIMEOUT_MS,
  onProgress: (sent, total) => {
    if (sent % 100 === 0 || sent === total) process.stderr.write(`  ${sent}/${total}\n`)
  },
})

const sameClient = run.results.filter(
  (result) => result.request.category === FORWARDED_FOR && result.outcome,
)
const check =
  sameClient.length > 0
    ? forwardedForVerdict(
        sameClient.map((result) => result.outcome?.status),
        pressLimit,
      )
    : undefined
const failures = printReport(run, check)

mkdirSync(path.dirname(values.json), { recursive: true })
writeFileSync(values.json, `${JSON.stringify(runJson(url, run, check), null, 2)}\n`)
console.log(`\nWrote ${values.json}`)

process.exit(failures > 0 || run.unresponsiveAfter || (check && !check.passed) ? 1 : 0)
