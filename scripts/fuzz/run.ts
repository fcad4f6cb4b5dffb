// Sends the fuzz with bounded concurrency, each request from its own loopback source address (so
// no per-client limit turns the rest of the fuzz into 429s), then the same-client requests one at a
// time. After a request hangs, a cheap request checks the server still answers: when it does not,
// the rest would only time out too, so sending stops and the report says after what.
import { sourceAddress, type Target } from '../target'
import { type Outcome, send } from './send'
import type { FuzzRequest } from './types'

export type Result = { request: FuzzRequest; outcome?: Outcome }

export type RunOptions = {
  concurrency: number
  timeoutMs: number
  onProgress?: (sent: number, total: number) => void
}

export type Run = {
  results: Result[]
  /** Set when the server stopped answering: the request after whose hang it did not answer a probe. */
  unresponsiveAfter?: FuzzRequest
}

// Source address blocks: 127.1.x.y for the fuzz, 127.2.0.1 the same client, 127.3.x.y the probes.
const FUZZ_BLOCK = 1
const SAME_CLIENT_BLOCK = 2
const PROBE_BLOCK = 3

/**
 * A cheap request that only the application answers (a proxy in front would not cache an API
 * answer), from its own source address.
 */
export const probe = (target: Target, timeoutMs: number, n = 0) =>
  send(
    target,
    { category: 'probe', method: 'GET', path: '/api/globals/site-settings' },
    timeoutMs,
    sourceAddress(target, PROBE_BLOCK, n),
  )

export const runFuzz = async (
  target: Target,
  requests: FuzzRequest[],
  options: RunOptions,
): Promise<Run> => {
  const results: Result[] = requests.map((request) => ({ request }))
  const run: Run = { results }
  let sent = 0
  let probes = 0

  const stillAnswers = async () =>
    (await probe(target, options.timeoutMs, probes++)).kind === 'answered'

  const sendOne = async (index: number, source: string | undefined) => {
    const outcome = await send(target, requests[index], options.timeoutMs, source)
    results[index].outcome = outcome
    options.onProgress?.(++sent, requests.length)
    if (outcome.kind === 'hang' && !run.unresponsiveAfter && !(await stillAnswers()))
      run.unresponsiveAfter ??= requests[index]
  }

  const pooled = requests.flatMap((request, index) => (request.sameClient ? [] : [index]))
  let next = 0
  const worker = async () => {
    while (!run.unresponsiveAfter && next < pooled.length) {
      const index = pooled[next++]
      await sendOne(index, sourceAddress(target, FUZZ_BLOCK, index))
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))

  for (const [index, request] of requests.entries()) {
    if (run.unresponsiveAfter) break
    if (request.sameClient) await sendOne(index, sourceAddress(target, SAME_CLIENT_BLOCK, 0))
  }
  return run
}
