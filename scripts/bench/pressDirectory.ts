// Part of `npm run bench`, run on the bench's own throwaway database (the served one, while no load
// runs): adds the generated press contacts through Payload's Local API, then times the press
// directory's server-side lookup in this process, as the press page does it on a data-cache miss and
// on a hit, for each combined filter the bench uses. Writes JSON to the file named by its argument.
//   npx tsx scripts/bench/pressDirectory.ts <out.json>   (DATABASE_URI must name the bench's database)
import '../env'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { type Locale, locales } from '@/i18n/locales'
import type { PressDirectoryEntry } from '@/content/types'
import { queryPressContacts } from '@/content/queries/pressContacts'
import {
  directoryOptions,
  filterPressDirectory,
  type PressFilters,
  pressFilters,
} from '@/site/press/directory'
import { bootPayload } from '../boot'
import { generateContacts, pressQueries } from './generateContacts'
import { percentiles, type Percentiles } from './percentiles'

const out = process.argv[2]
if (!out) throw new Error('Usage: tsx scripts/bench/pressDirectory.ts <out.json>')
if (!process.env.DATABASE_URI?.includes('beacon-served-')) {
  // Never the developer's own database: the bench adds thousands of contacts.
  throw new Error(
    `Refusing to add bench contacts to ${process.env.DATABASE_URI ?? 'the default database'}: run through npm run bench.`,
  )
}

const COUNT = Number(process.env.BENCH_PRESS_CONTACTS ?? 2000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
// Revalidation hooks skip their work (as in the seed): this process is not the Next server, and the
// bench has not asked it for a press page yet, so nothing it caches is stale.
const context = { disableRevalidate: true }

const payload = await bootPayload()

// Topics are the demo content's focus areas.
const { docs: focusAreas } = await payload.find({
  collection: 'focus-areas',
  locale: 'en',
  sort: 'slug',
  pagination: false,
  depth: 0,
  overrideAccess: true,
})
const contacts = generateContacts(COUNT, focusAreas.length)

process.stdout.write(`Adding ${COUNT} generated press contacts (Local API, en then ja and es)…`)
const createStarted = performance.now()
for (const [i, contact] of contacts.entries()) {
  const { role, office, topics, ...rest } = contact
  const doc = await payload.create({
    collection: 'contacts',
    locale: 'en',
    data: {
      ...rest,
      role: role.en,
      office: office.en,
      topics: topics.map((t) => focusAreas[t].id),
      isPressContact: true,
    },
    depth: 0,
    overrideAccess: true,
    context,
  })
  for (const locale of locales.filter((l) => l !== 'en')) {
    await payload.update({
      collection: 'contacts',
      id: doc.id,
      locale,
      data: { role: role[locale], office: office[locale] },
      depth: 0,
      overrideAccess: true,
      context,
    })
  }
  if ((i + 1) % 250 === 0) process.stdout.write(` ${i + 1}`)
}
const createSeconds = (performance.now() - createStarted) / 1000
console.log(` done in ${createSeconds.toFixed(1)} s.`)

/** Runs `step` for about SECONDS seconds (at least `min` times) after a warm-up; milliseconds per run. */
const time = async (step: () => unknown, min: number, warmUp = 3): Promise<number[]> => {
  for (let i = 0; i < warmUp; i++) await step()
  const samples: number[] = []
  const until = performance.now() + SECONDS * 1000
  while (samples.length < min || performance.now() < until) {
    const started = performance.now()
    await step()
    samples.push(performance.now() - started)
  }
  return samples
}

export type Timing = Percentiles & { runs: number }
const timing = (samples: number[]): Timing => ({ ...percentiles(samples), runs: samples.length })

// A cache miss: the Payload query and its mapping (the same for every filter), options and filter, and
// the JSON the data cache stores.
const uncached: Partial<
  Record<Locale, { lookup: Timing; query: Timing; directory: number; cacheEntrySize: number }>
> = {}
const lists = new Map<Locale, string>()
for (const locale of new Set(pressQueries.map((query) => query.locale))) {
  const queryTimes: number[] = []
  let body = ''
  const lookup = await time(
    async () => {
      const started = performance.now()
      const all = await queryPressContacts(payload, locale)
      queryTimes.push(performance.now() - started)
      directoryOptions(all)
      filterPressDirectory(
        all,
        pressFilters(pressQueries.find((query) => query.locale === locale)!.filters),
      )
      body = JSON.stringify(all)
    },
    10,
    1,
  )
  lists.set(locale, body)
  uncached[locale] = {
    lookup: timing(lookup),
    query: timing(queryTimes.slice(1)),
    directory: (JSON.parse(body) as unknown[]).length,
    // What Next's data cache weighs (a FETCH entry holding the list as JSON; UTF-16 length, as Next
    // counts it): over 2 MiB it refuses the entry, with only a warning in the server's log.
    cacheEntrySize: JSON.stringify({
      kind: 'FETCH',
      data: { headers: {}, body, status: 200, url: '' },
      revalidate: 31536000,
    }).length,
  }
}

// A cache hit: unstable_cache parses the stored list on every call, then the page builds the options and filters.
const cached: {
  name: string
  locale: Locale
  filters: PressFilters
  matches: number
  lookup: Timing
}[] = []
for (const { name, locale, filters: raw } of pressQueries) {
  const filters = pressFilters(raw)
  const body = lists.get(locale)!
  let matches = 0
  const samples = await time(() => {
    const all = JSON.parse(body) as PressDirectoryEntry[]
    directoryOptions(all)
    matches = filterPressDirectory(all, filters).length
  }, 20)
  cached.push({ name, locale, filters, matches, lookup: timing(samples) })
}

/** What this script writes, for bench.ts. */
export type PressLookupReport = {
  contacts: number
  createSeconds: number
  uncached: typeof uncached
  cached: typeof cached
}
const report: PressLookupReport = { contacts: COUNT, createSeconds, uncached, cached }
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
await payload.destroy()
process.exit(0)
