// Beacon's cached pages beside a peer (Payload's website template, when BENCH_PEER_URL names one
// running here) and beside Debian's nginx serving the same HTML from a file: the same wrk load on
// each in turn, round after round, so the machine's noise falls on all alike. Reports medians, the
// ratios, each server's CPU time per request (its own /proc figures: steadier than req/s on a
// shared machine), and each server's memory after a longer load.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { serveStatic } from './staticNginx'
import { percentiles } from './percentiles'
import { wrk, type WrkResult } from './wrk'

export type Target = { name: string; url: string; pid?: number }
type Run = WrkResult & { cpuMsPerRequest?: number }
export type Comparison = Record<string, Record<string, Run>>

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** User + system CPU time of a process so far, in ms. */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}

/** Resident memory of a process, in MB. */
export const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024)

/** The process listening on a local port (for a peer started outside the bench), from `ss`. */
export const listenerPid = (url: string): number | undefined => {
  const port = new URL(url).port
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(out)?.[1]
  return pid ? Number(pid) : undefined
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const measure = async (target: Target, connections: number, seconds: number): Promise<Run> => {
  const before = target.pid ? cpuMs(target.pid) : 0
  const result = await wrk(target.url, connections, seconds)
  if (!target.pid || !result.requests) return result
  const perRequest = (cpuMs(target.pid) - before) / result.requests
  return { ...result, cpuMsPerRequest: Math.round(perRequest * 1000) / 1000 }
}

/** The median of each figure over the rounds. */
const medianRun = (runs: Run[]): Run => {
  const keys = Object.keys(runs[0]) as (keyof Run)[]
  return Object.fromEntries(
    keys.map((key) => [key, median(runs.map((run) => run[key] ?? NaN))]),
  ) as Run
}

/**
 * For each page (name -> targets, Beacon first), `rounds` rounds of wrk on each target in turn,
 * plus nginx serving the HTML of the first target from a file.
 */
export const compare = async (
  pages: Record<string, Target[]>,
  { rounds, connections, seconds }: { rounds: number; connections: number; seconds: number },
): Promise<Comparison> => {
  const html: Record<string, string> = {}
  for (const [page, targets] of Object.entries(pages)) {
    for (const target of targets) for (let i = 0; i < 5; i++) await (await fetch(target.url)).text()
    html[page] = await (await fetch(targets[0].url)).text()
  }
  const nginx = await serveStatic(html)
  try {
    const result: Comparison = {}
    for (const [page, targets] of Object.entries(pages)) {
      const all = [...targets, { name: 'nginx (same HTML from a file)', url: nginx.urlOf(page) }]
      const runs = all.map(() => [] as Run[])
      for (let round = 0; round < rounds; round++)
        for (const [i, target] of all.entries())
          runs[i].push(await measure(target, connections, seconds))
      result[page] = Object.fromEntries(all.map((target, i) => [target.name, medianRun(runs[i])]))
    }
    return result
  } finally {
    await nginx.stop()
  }
}

/** Resident memory over a load: sampled each second (median, highest) and at its end, in MB. */
export type MemoryUnderLoad = { median: number; max: number; end: number }

/**
 * Each target's memory during `seconds` of load on one page. One reading at the end caught each
 * server at some point of its GC cycle: the same server read anywhere from 230 to 490 MB.
 */
export const memoryAfterLoad = async (
  targets: Target[],
  connections: number,
  seconds: number,
): Promise<Record<string, MemoryUnderLoad>> => {
  const memory: Record<string, MemoryUnderLoad> = {}
  for (const target of targets.filter((target) => target.pid)) {
    const samples: number[] = []
    const sampler = setInterval(() => samples.push(rssMb(target.pid!)), 1000)
    try {
      await wrk(target.url, connections, seconds)
    } finally {
      clearInterval(sampler)
    }
    const end = rssMb(target.pid!)
    // The end's reading too, so a load shorter than a second still has one.
    samples.push(end)
    memory[target.name] = { median: percentiles(samples).p50, max: Math.max(...samples), end }
  }
  return memory
}
