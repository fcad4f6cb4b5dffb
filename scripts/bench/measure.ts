// What the bench measures on one page: its first-load JavaScript, and its latency under load.
import autocannon from 'autocannon'
import { gzipSync } from 'node:zlib'
import { percentiles } from './percentiles'

/** A latency for the tables; none when no response finished within the run. */
export const ms = (value: number) => (Number.isFinite(value) ? value : '—')

/** Gzipped bytes of every script a current browser loads on first visit (not the nomodule polyfills). */
export const firstLoadJs = async (url: string, path: string): Promise<number> => {
  const html = await (await fetch(`${url}${path}`)).text()
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\bnoModule\b/i.test(tag))
  const scripts = [
    ...new Set(
      tags
        .map((tag) => /\bsrc="([^"]+\.js[^"]*)"/.exec(tag)?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ]
  let total = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())
    total += gzipSync(body, { level: 9 }).length
  }
  return total
}

/** autocannon for `seconds`, with p50/p95/p99 from every response's own time (its histogram has no p95). */
export const load = async (url: string, connections: number, seconds: number) => {
  const times: number[] = []
  const run = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  return {
    requestsPerSecond: Math.round(run.requests.average),
    ...percentiles(times),
    runs: times.length,
    errors: run.errors,
    non2xx: run.non2xx,
  }
}
