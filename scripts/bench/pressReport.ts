// Prints the press room's part of the bench: the press pages under load, and the directory's lookup
// over the generated contacts, in process and over HTTP.
import type { PressLookupReport } from './pressDirectory'
import type { Percentiles } from './percentiles'
import { ms } from './measure'

type Timed = Percentiles & { runs: number }
type Press = PressLookupReport & { http: Record<string, Timed>; dataCacheRefused: number[] }

export const printPress = (
  press: Press,
  results: Record<string, Percentiles & { requestsPerSecond: number }>,
) => {
  const refused = press.dataCacheRefused
  console.log(`\nThe press pages over ${press.contacts} generated contacts (autocannon)\n`)
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        {
          'req/s': r.requestsPerSecond,
          'p50 ms': ms(r.p50),
          'p95 ms': ms(r.p95),
          'p99 ms': ms(r.p99),
        },
      ]),
    ),
  )

  console.log(
    `\nPress directory over ${press.contacts} generated press contacts (added through the Local API in ${press.createSeconds.toFixed(0)} s; aim: p95 < 50 ms).` +
      '\nlookup: in process, as the page does it on a data-cache hit (parse the stored list, options, filter) or a miss (Payload query too);' +
      '\nHTTP: the filtered page, one connection, so no request waits behind another.\n',
  )
  const row = (t: { p50: number; p95: number; p99: number; runs: number }, matches = '') => ({
    'p50 ms': ms(t.p50),
    'p95 ms': ms(t.p95),
    'p99 ms': ms(t.p99),
    runs: t.runs,
    matches,
  })
  console.table(
    Object.fromEntries([
      ...press.cached.flatMap((c) => {
        const matches = `${c.matches} of ${press.uncached[c.locale]?.directory}`
        return [
          [`${c.name}: lookup, cache hit`, row(c.lookup, matches)],
          [`${c.name}: HTTP`, row(press.http[c.name], matches)],
        ]
      }),
      ...Object.entries(press.uncached).map(([locale, u]) => [
        `${locale}: lookup, cache miss`,
        row(u!.lookup),
      ]),
    ]),
  )
  for (const [locale, u] of Object.entries(press.uncached)) {
    console.log(
      `${locale}: of a cache miss, the Payload query alone p50 ${u!.query.p50} ms; the cached list weighs ${(u!.cacheEntrySize / 1024).toFixed(0)} KiB (Next caches up to 2048).`,
    )
  }
  if (refused.length)
    console.log(
      `Next refused to cache an entry over 2 MB ${refused.length} time(s): those press pages ran a cache miss each time.`,
    )
}
