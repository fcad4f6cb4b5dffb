// Load from Debian's wrk, in its own process: steadier than a load generator inside the bench's own
// event loop, and the same tool the issues quote. Percentiles come from wrk's own histogram.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const WRK = '/usr/bin/wrk'

// wrk prints only what its Lua `done` hook writes beyond its summary: the percentiles we quote.
// A script's own hooks may define `report_more`, to print their own figures after these.
const report = `done = function(summary, latency, requests)
  io.write(string.format("BENCH %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
  if report_more then report_more() end
end
`

/** Installs wrk with apt-get when missing (as root); throws with what to do otherwise. */
export const ensureWrk = () => {
  if (existsSync(WRK)) return
  if (process.getuid?.() !== 0)
    throw new Error('wrk is not installed: `sudo apt-get install -y wrk`')
  const install = spawnSync(
    'sh',
    ['-c', 'apt-get install -y -qq wrk || (apt-get update -qq && apt-get install -y -qq wrk)'],
    {
      stdio: 'inherit',
    },
  )
  if (install.status !== 0 || !existsSync(WRK)) throw new Error('apt-get install wrk failed')
}

export type WrkResult = {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  non2xx: number
}

const scripts = new Map<string, string>()

/** The Lua wrk runs: `extra` (a `request` or `response` hook, say) before the report. */
const scriptFile = (extra: string) => {
  let file = scripts.get(extra)
  if (!file) {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'beacon-wrk-')), 'script.lua')
    writeFileSync(file, `${extra}\n${report}`)
    scripts.set(extra, file)
  }
  return file
}

/** Runs a command to its end, without blocking this process's event loop meanwhile. */
const output = (command: string, args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })

/**
 * `wrk -t2 -c<connections> -d<seconds>s` on one URL; latencies in ms. Not spawnSync: with the event
 * loop blocked, fetch would not see servers close its idle keep-alive sockets meanwhile, and would
 * send its next request down a dead one.
 */
export const wrk = async (url: string, connections: number, seconds: number): Promise<WrkResult> =>
  (await wrkWith('', url, connections, seconds)).result

/** As wrk, with `lua` (wrk's request or response hooks) in its script; also gives what wrk printed. */
export const wrkWith = async (
  lua: string,
  url: string,
  connections: number,
  seconds: number,
): Promise<{ result: WrkResult; stdout: string }> => {
  ensureWrk()
  const script = scriptFile(lua)
  const run = await output(WRK, [
    '-t2',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    url,
  ])
  const line = /^BENCH (.*)$/m.exec(run.stdout)?.[1]
  if (run.status !== 0 || !line)
    throw new Error(`wrk failed on ${url}:\n${run.stdout}${run.stderr}`)
  const [requests, durationUs, errors, non2xx, p50, p95, p99] = line.split(' ').map(Number)
  const ms = (us: number) => Math.round(us / 100) / 10
  const result = {
    requestsPerSecond: Math.round(requests / (durationUs / 1e6)),
    p50: ms(p50),
    p95: ms(p95),
    p99: ms(p99),
    requests,
    errors,
    non2xx,
  }
  return { result, stdout: run.stdout }
}
