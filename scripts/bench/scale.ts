// The scale part of `npm run bench`: tops the served database up to each size in turn (generated
// releases, scripts/bench/addReleases.ts), then measures the public pages whose work could grow with
// the number of releases. Two figures per page: p50/p95 under load from the warm caches, as readers
// get it most of the time, and a miss: one request right after every cache tag was revalidated, as
// after a publish, which shows the queries' own cost. The table gives largest/smallest per row.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { documentKinds } from '@/documents/kinds'
import { collectionTag, globalTag } from '@/revalidation/tags'
import { runScript } from './child'
import type { AddedReleases } from './generateReleases'
import { scaleFilter } from './generateReleases'
import { load } from './measure'
import { percentiles } from './percentiles'

export const DEFAULT_SIZES = [100, 1_000, 10_000]
// Within this factor from the smallest size to the largest (issue 13): rows above it are flagged.
const AIM = 1.5
const MISS_RUNS = 3
const MAX_SIZE = 100_000

type Server = { appUrl: string; dir: string; env: Record<string, string | undefined> }
type PageFigures = Awaited<ReturnType<typeof load>> & { miss: number; status: number }
export type SizeResult = AddedReleases & { pages: Record<string, PageFigures> }

/** The sizes asked for: `--scale 100,1000` as given, or `--releases N`: the default ladder up to N, and N. */
export const scaleSizes = ({ scale, releases }: { scale?: string; releases?: string }) => {
  const list = scale
    ? scale.split(',').map(Number)
    : releases
      ? [...new Set([...DEFAULT_SIZES.filter((size) => size < Number(releases)), Number(releases)])]
      : DEFAULT_SIZES
  if (!list.every((size) => Number.isInteger(size) && size > 0 && size <= MAX_SIZE))
    throw new Error(`Sizes are whole numbers of releases from 1 to ${MAX_SIZE}: ${list.join(',')}`)
  return [...list].sort((a, b) => a - b)
}

const filter = new URLSearchParams(scaleFilter).toString()
const pagesFor = (added: AddedReleases): Record<string, string> => ({
  home: '/en',
  'news list, first page': '/en/news',
  'news list, last page': `/en/news?page=${added.lastPage}`,
  'news list, filtered, first page': `/en/news?${filter}`,
  'news list, filtered, last page': `/en/news?page=${added.lastFilteredPage}&${filter}`,
  release: '/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
  'focus area': '/en/focus-areas/human-trafficking-and-exploitative-migration',
  'sitemap.xml': '/sitemap.xml',
  feed: '/en/feed.xml',
  search: '/en/search?q=trafficking',
})

/** Every tag the site caches under, so the next request of any page renders afresh. */
const allTags = [
  ...new Set([...documentKinds.map((kind) => collectionTag(kind.collection)), 'media']),
  globalTag('site-settings'),
]

const revalidateAll = async (server: Server) => {
  const res = await fetch(`${server.appUrl}/next/revalidate`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${server.env.CRON_SECRET}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ tags: allTags }),
  })
  if (!res.ok) throw new Error(`Revalidating the caches answered ${res.status}`)
}

const timed = async (url: string) => {
  const started = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status }
}

/** A split sitemap's last child, which holds the oldest documents. */
const childSitemap = async (url: string): Promise<string | undefined> => {
  const xml = await (await fetch(`${url}/sitemap.xml`)).text()
  if (!xml.includes('<sitemapindex')) return undefined
  const last = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].at(-1)?.[1]
  return last ? new URL(last).pathname : undefined
}

const measureSize = async (
  server: Server,
  size: number,
  connections: number,
  seconds: number,
): Promise<SizeResult> => {
  const out = path.join(server.dir, `releases-${size}.json`)
  await runScript('scripts/bench/addReleases.ts', [String(size), out], server.env)
  const added = JSON.parse(readFileSync(out, 'utf8')) as AddedReleases
  await revalidateAll(server)
  const pages = pagesFor(added)
  const child = await childSitemap(server.appUrl)
  if (child) pages['sitemap, last child'] = child
  const results: Record<string, PageFigures> = {}
  for (const [name, page] of Object.entries(pages)) {
    const url = `${server.appUrl}${page}`
    const misses: number[] = []
    let status = 0
    for (let i = 0; i < MISS_RUNS; i++) {
      await revalidateAll(server)
      const miss = await timed(url)
      misses.push(miss.ms)
      status = miss.status
    }
    for (let i = 0; i < 3; i++) await timed(url)
    results[name] = {
      ...(await load(url, connections, seconds)),
      miss: percentiles(misses).p50,
      status,
    }
    process.stdout.write(`  ${name}: ${status}, p95 ${results[name].p95} ms\n`)
  }
  return { ...added, pages: results }
}

export const runScale = async (
  server: Server,
  sizes: number[],
  connections: number,
  seconds: number,
): Promise<SizeResult[]> => {
  const results: SizeResult[] = []
  for (const size of sizes) {
    console.log(`\nScale: ${size} releases`)
    results.push(await measureSize(server, size, connections, seconds))
  }
  return results
}

const ratio = (large: number, small: number) =>
  Number.isFinite(large) && Number.isFinite(small) && small > 0 ? large / small : NaN

/** Largest size over smallest, per page: of the p95 under load and of a miss. */
export const scaleRatios = (results: SizeResult[]) => {
  const [first, last] = [results[0], results.at(-1)!]
  return Object.fromEntries(
    Object.keys(last.pages).map((name) => {
      const [a, b] = [first.pages[name], last.pages[name]]
      return [name, { p95: a ? ratio(b.p95, a.p95) : NaN, miss: a ? ratio(b.miss, a.miss) : NaN }]
    }),
  )
}

export const printScale = (results: SizeResult[], connections: number, seconds: number) => {
  const ratios = scaleRatios(results)
  const [first, last] = [results[0], results.at(-1)!]
  console.log(
    `\nScale (${connections} connections, ${seconds} s per page): p50 / p95 under load, then one request after` +
      ` all caches were revalidated (miss), in ms. ×: ${last.releases} over ${first.releases} releases; ⚠ above ${AIM}.\n`,
  )
  const show = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—')
  const flag = (value: number) => `${show(value)}${value > AIM ? ' ⚠' : ''}`
  console.table(
    Object.fromEntries(
      Object.keys(last.pages).map((name) => [
        name,
        {
          ...Object.fromEntries(
            results.map((r) => {
              const p = r.pages[name]
              return [r.releases, p ? `${p.p50} / ${p.p95} / ${Math.round(p.miss)}` : '—']
            }),
          ),
          'p95 ×': flag(ratios[name].p95),
          'miss ×': flag(ratios[name].miss),
          errors: results.reduce((n, r) => n + (r.pages[name]?.errors ?? 0), 0),
        },
      ]),
    ),
  )
  for (const r of results)
    if (r.added)
      console.log(`${r.added} releases added for ${r.releases} in ${r.seconds.toFixed(0)} s.`)
  return ratios
}
