// The fuzz's report: counts per category, every request answered 5xx, cut off or not answered in
// time, the forwarded-for check, and the JSON written beside it.
import type { Run, Result } from './run'
import type { FuzzRequest } from './types'

const columns = [
  'requests',
  '2xx',
  '3xx',
  '4xx',
  '5xx',
  'hang',
  'cut',
  'closed',
  'refused',
  'not sent',
] as const
type Counts = Record<(typeof columns)[number], number>

/** The column a result counts in. */
const columnOf = ({ outcome }: Result): (typeof columns)[number] => {
  if (!outcome) return 'not sent'
  if (outcome.kind !== 'answered') return outcome.kind
  const status = outcome.status ?? 0
  return status >= 500
    ? '5xx'
    : status >= 400
      ? '4xx'
      : status >= 300
        ? '3xx'
        : status >= 200
          ? '2xx'
          : 'closed'
}

/** What makes the run fail: a server error, a hang, an answer cut off, or no connection at all. */
export const isFailure = (result: Result) =>
  ['5xx', 'hang', 'cut', 'refused'].includes(columnOf(result))

export const countsByCategory = (results: Result[]): Record<string, Counts> => {
  const table: Record<string, Counts> = {}
  const count = (name: string, result: Result) => {
    table[name] ??= Object.fromEntries(columns.map((column) => [column, 0])) as Counts
    table[name].requests++
    table[name][columnOf(result)]++
  }
  for (const result of results) count(result.request.category, result)
  for (const result of results) count('total', result)
  return table
}

/** The request target as printable text, shortened, with its note. */
export const describe = (request: FuzzRequest, max = 100) => {
  const path = JSON.stringify(request.path).slice(1, -1)
  const shown = path.length > max ? `${path.slice(0, max)}… (${request.path.length} chars)` : path
  // Without a note, a body's start tells requests to one endpoint apart.
  const note =
    request.note ??
    (typeof request.body === 'string' && request.body ? request.body.slice(0, 60) : undefined)
  return `${request.method} ${shown}${note ? `  [${note}]` : ''}`
}

const outcomeText = ({ outcome }: Result) => {
  if (!outcome) return 'not sent'
  const status = outcome.status ? ` ${outcome.status}` : ''
  if (outcome.kind === 'answered') return `${outcome.status} in ${outcome.ms} ms`
  if (outcome.kind === 'hang')
    return `no whole answer in ${outcome.ms} ms${status ? ` (status${status} arrived)` : ''}`
  if (outcome.kind === 'cut')
    return `${outcome.status}, then cut off after ${outcome.bytes} bytes (${outcome.code ?? 'closed'})`
  return `${outcome.kind}${outcome.code ? ` (${outcome.code})` : ''}`
}

const SLOW_MS = 2_000

const pad = (text: string | number, width: number) => String(text).padStart(width)

export const printReport = (run: Run, check?: { passed: boolean; summary: string }) => {
  const table = countsByCategory(run.results)
  const width = Math.max(...Object.keys(table).map((name) => name.length))
  console.log(`\n${'category'.padEnd(width)} ${columns.map((column) => pad(column, 8)).join(' ')}`)
  for (const [name, counts] of Object.entries(table)) {
    console.log(
      `${name.padEnd(width)} ${columns.map((column) => pad(counts[column], 8)).join(' ')}`,
    )
  }
  const failures = run.results.filter(isFailure)
  if (failures.length > 0) {
    console.log(`\n${failures.length} requests answered 5xx, cut off or not answered in time:`)
    for (const result of failures)
      console.log(
        `  ${result.request.category.padEnd(width)}  ${describe(result.request)}  → ${outcomeText(result)}`,
      )
  }
  const slow = run.results.filter(
    ({ outcome }) => outcome?.kind === 'answered' && outcome.ms > SLOW_MS,
  )
  if (slow.length > 0) {
    console.log(
      `\n${slow.length} answers took over ${SLOW_MS / 1000} s (not failures, but cost the server):`,
    )
    for (const result of slow)
      console.log(
        `  ${result.request.category.padEnd(width)}  ${describe(result.request)}  → ${outcomeText(result)}`,
      )
  }
  const closed = run.results.filter((result) => columnOf(result) === 'closed')
  if (closed.length > 0) {
    console.log(
      `\n${closed.length} connections closed without an answer (not counted as failures: a server may drop broken requests):`,
    )
    for (const result of closed)
      console.log(
        `  ${result.request.category.padEnd(width)}  ${describe(result.request)}  → ${outcomeText(result)}`,
      )
  }
  if (run.unresponsiveAfter) {
    console.log(
      `\nThe server stopped answering after: ${describe(run.unresponsiveAfter)}. The requests in flight then may have hung for that reason alone; the rest were not sent.`,
    )
  }
  if (check) console.log(`\n${check.passed ? 'ok' : 'FAILED'} forwarded-for: ${check.summary}`)
  return failures.length
}

/** The run as JSON: counts, and every request with its outcome (long targets shortened). */
export const runJson = (
  target: string,
  run: Run,
  check?: { passed: boolean; summary: string },
) => ({
  target,
  finishedAt: new Date().toISOString(),
  counts: countsByCategory(run.results),
  forwardedFor: check,
  unresponsiveAfter: run.unresponsiveAfter && describe(run.unresponsiveAfter, 500),
  results: run.results.map((result) => ({
    category: result.request.category,
    request: describe(result.request, 500),
    failure: isFailure(result),
    ...result.outcome,
  })),
})
