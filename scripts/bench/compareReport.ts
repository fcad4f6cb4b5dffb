// Prints the comparison (scripts/bench/compare.ts): for each page, each server's medians, and the
// ratios that the issues' aims are stated in.
import type { Comparison, MemoryUnderLoad } from './compare'

const NGINX = 'nginx (same HTML from a file)'
/** The seeded site through its front door, answered by nginx's edge cache (issue 14's aim: ≥ 0.5x nginx's file). */
export const EDGE = 'Beacon through nginx (edge cache)'
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : '—')

export const printComparison = (
  comparison: Comparison,
  {
    memory,
    firstLoadJsGzip,
    rounds,
    seconds,
    connections,
  }: {
    memory: Record<string, MemoryUnderLoad>
    firstLoadJsGzip: Record<string, number>
    rounds: number
    seconds: number
    connections: number
  },
) => {
  console.log(
    `\nCached pages: wrk -t2 -c${connections} -d${seconds}s, ${rounds} rounds taking each server in turn, medians.` +
      '\nCPU ms/req: the server process’s own CPU time per response (steadier than req/s on a shared machine).\n',
  )
  console.table(
    Object.fromEntries(
      Object.entries(comparison).flatMap(([page, servers]) =>
        Object.entries(servers).map(([server, run]) => [
          `${page}: ${server}`,
          {
            'req/s': run.requestsPerSecond,
            'p50 ms': run.p50,
            'p95 ms': run.p95,
            'p99 ms': run.p99,
            'CPU ms/req': run.cpuMsPerRequest ?? '',
            'failed+non2xx': run.errors + run.non2xx,
            'of nginx': ratio(run.requestsPerSecond, servers[NGINX].requestsPerSecond),
          },
        ]),
      ),
    ),
  )
  const peers = Object.entries(comparison).filter(([, servers]) => servers.template)
  if (peers.length) {
    console.log('\nBeacon against the template (aim: req/s ≥ 1.2x, p99 no higher)\n')
    console.table(
      Object.fromEntries(
        peers.map(([page, { Beacon, template }]) => [
          page,
          {
            'req/s ratio': ratio(Beacon.requestsPerSecond, template.requestsPerSecond),
            'CPU/req ratio (template ÷ Beacon)': ratio(
              template.cpuMsPerRequest ?? 0,
              Beacon.cpuMsPerRequest ?? 0,
            ),
            'p99 Beacon / template ms': `${Beacon.p99} / ${template.p99}`,
          },
        ]),
      ),
    )
  }
  const edged = Object.entries(comparison).filter(([, servers]) => servers[EDGE])
  if (edged.length)
    console.log(
      '\nThrough the front door, from nginx’s edge cache, as a fraction of nginx serving the same HTML from a file (aim: 0.5 or more):',
      Object.fromEntries(
        edged.map(([page, servers]) => [
          page,
          ratio(servers[EDGE].requestsPerSecond, servers[NGINX].requestsPerSecond),
        ]),
      ),
    )
  console.log(
    '\nServer memory (RSS, MB) under the load on one page, read each second (aim: Beacon no more than the template):',
  )
  console.table(memory)
  console.log(
    'First-load JavaScript (KiB gzip):',
    Object.fromEntries(
      Object.entries(firstLoadJsGzip).map(([page, bytes]) => [page, +(bytes / 1024).toFixed(1)]),
    ),
  )
}
