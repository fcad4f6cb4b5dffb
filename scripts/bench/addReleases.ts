// Tops up the bench's database (the served one) to N news releases with generated ones in en, ja and
// es (scripts/bench/releaseWriter.ts). Past a few hundred, helper processes (this script again, each
// given its share) write alongside: a save is mostly Payload's own work on one CPU core, and each
// process holds SQLite's write lock only for a statement at a time. Writes what the bench needs to
// know of the result (how many pages the news list has) as JSON.
//   npx tsx scripts/bench/addReleases.ts <N> <out.json>   (DATABASE_URI must name the bench's database)
// BENCH_WRITE_PROCESSES: how many processes write (2).
import '../env'
import { stepsOf } from '../steps'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { type NewsFilters, queryNewsReleases } from '@/content/queries/newsReleases'
import { bootPayload } from '../boot'
import { runScript } from './child'
import { type AddedReleases, generateRelease, scaleFilter } from './generateReleases'
import { openWriter } from './releaseWriter'

const [target, out] = [Number(process.argv[2]), process.argv[3]]
if (!Number.isInteger(target) || target < 0 || !out)
  throw new Error('Usage: tsx scripts/bench/addReleases.ts <number of releases> <out.json>')
if (!process.env.DATABASE_URI?.includes('beacon-served-')) {
  // Never the developer's own database: the bench adds thousands of releases.
  throw new Error(
    `Refusing to add bench releases to ${process.env.DATABASE_URI ?? 'the default database'}: run through npm run bench.`,
  )
}
const PROCESSES = Math.max(1, Number(process.env.BENCH_WRITE_PROCESSES ?? 2))
// Set for a helper: the numbers of the releases it writes, "first-last".
const share = process.env.BENCH_RELEASE_SHARE
const step = stepsOf(share ? `Adding releases ${share}` : 'Adding releases')

step('starting Payload')
const payload = await bootPayload()
step('opening the writer')
const writer = await openWriter(payload)
const writeShare = async (first: number, last: number) => {
  for (let n = first; n <= last; n++) {
    step(`writing release ${n} (of ${first}-${last})`)
    await writer.write(generateRelease(n, writer.contacts))
  }
}
if (share) {
  const [first, last] = share.split('-').map(Number)
  await writeShare(first, last)
  step('closing the database')
  await payload.destroy()
  process.exit(0)
}

const count = async () =>
  (await payload.count({ collection: 'news-releases', overrideAccess: true })).totalDocs
step('counting the releases')
const existing = await count()
const adding = Math.max(0, target - existing)
const processes = adding >= 500 ? PROCESSES : 1
console.log(
  `${existing} releases; adding ${adding} generated ones (en, ja, es), ${processes} process(es)…`,
)
const started = performance.now()
const elapsed = () => (performance.now() - started) / 1000
const progress = setInterval(async () => {
  const done = (await count()) - existing
  const left = ((adding - done) * elapsed()) / Math.max(done, 1)
  console.log(
    `  ${done}/${adding}  ${(done / elapsed()).toFixed(1)}/s  ${elapsed().toFixed(0)} s, about ${left.toFixed(0)} s to go`,
  )
}, 15_000)
const size = Math.ceil(adding / processes)
const shares = Array.from({ length: processes }, (_, i) => [
  existing + 1 + i * size,
  Math.min(existing + (i + 1) * size, target),
])
await Promise.all([
  writeShare(shares[0][0], shares[0][1]),
  ...shares.slice(1).map(([first, last]) =>
    runScript('scripts/bench/addReleases.ts', [String(target), out], {
      ...process.env,
      BENCH_RELEASE_SHARE: `${first}-${last}`,
    }),
  ),
])
clearInterval(progress)
const seconds = elapsed()
console.log(
  `Added ${adding} releases in ${seconds.toFixed(1)} s (${(adding / seconds).toFixed(1)}/s).`,
)
step("counting the news list's pages")
const pages = async (filters: NewsFilters) =>
  (await queryNewsReleases(payload, 'en', filters)).totalPages
const report: AddedReleases = {
  releases: existing + adding,
  added: adding,
  seconds,
  lastPage: await pages({}),
  lastFilteredPage: await pages(scaleFilter),
}
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
step('closing the database')
await payload.destroy()
process.exit(0)
