// What keeps the public site's work bounded as releases pile up, as a crawler or reader notices it:
// a sitemap too big for one file becomes an index of parts, each within the limit, together still
// listing every published page in its languages; and the news list's pages, the last one included,
// hold exactly the releases they should, newest first.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { type SitemapReader, sitemapReader } from '@/content/queries/sitemap'
import { publicPageKinds } from '@/documents/kinds'
import { locales } from '@/i18n/locales'
import { queryLatestNewsReleases, queryNewsReleases } from '@/content/queries/newsReleases'
import { sitemapEntries, sitemapIndexXml, sitemapParts } from '@/site/sitemap'
import { siteUrl } from '@/lib/siteUrl'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
// The demo content has about 30 documents, over 100 URLs: a limit of 40 splits it into parts.
const SMALL_LIMIT = 40

withSeededPayload((started) => (payload = started))

const urls = (entries: { url: string }[] | null) => (entries ?? []).map((entry) => entry.url)

describe('sitemap', () => {
  it('stays one file while every URL fits', async () => {
    const read = sitemapReader(payload)
    expect(await sitemapParts(read)).toEqual([])
    const all = urls(await sitemapEntries(read))
    expect(all).toContain(`${siteUrl()}/ja/news/${SOURCE_RELEASE}`)
    expect(all).toContain(`${siteUrl()}/es/noticias/${SOURCE_RELEASE}`)
    expect(new Set(all).size).toBe(all.length)
  })

  it('past the limit, splits into parts that each hold at most the limit and together every URL', async () => {
    const read = sitemapReader(payload)
    const whole = urls(await sitemapEntries(read))
    expect(whole.length).toBeGreaterThan(SMALL_LIMIT)

    const parts = await sitemapParts(read, SMALL_LIMIT)
    expect(parts[0]).toBe('pages')
    expect(parts).toContain('news-releases-2')
    const listed: string[] = []
    for (const part of parts) {
      const entries = urls(await sitemapEntries(read, part, SMALL_LIMIT))
      expect(entries.length).toBeGreaterThan(0)
      expect(entries.length).toBeLessThanOrEqual(SMALL_LIMIT)
      listed.push(...entries)
    }
    expect([...listed].sort()).toEqual([...whole].sort())
  })

  it('at 1,000 releases, sitemap.xml is an index and no part passes 1,000 URLs', async () => {
    // A site of 1,000 releases in every language, without writing them: the sitemap only counts
    // and reads pages of documents.
    const RELEASES = 1_000
    const counts = Object.fromEntries(
      publicPageKinds.map(({ collection }) => [
        collection,
        collection === 'news-releases' ? RELEASES : 3,
      ]),
    ) as Awaited<ReturnType<SitemapReader['counts']>>
    const read: SitemapReader = {
      counts: async () => counts,
      documents: async (collection, page, perPage) =>
        Array.from(
          { length: Math.max(0, Math.min(perPage, counts[collection] - (page - 1) * perPage)) },
          (_, i) => ({
            collection,
            slug: `${collection}-${(page - 1) * perPage + i + 1}`,
            updatedAt: '2026-12-01T00:00:00.000Z',
            locales: [...locales],
          }),
        ),
    }
    const parts = await sitemapParts(read)
    expect(parts.length).toBeGreaterThan(1)
    const releaseUrls = new Set<string>()
    for (const part of parts) {
      const entries = urls(await sitemapEntries(read, part))
      expect(entries.length).toBeGreaterThan(0)
      expect(entries.length).toBeLessThanOrEqual(1_000)
      for (const url of entries) if (url.includes('/news-releases-')) releaseUrls.add(url)
    }
    expect(releaseUrls.size).toBe(RELEASES * locales.length)
  })

  it('answers a part that does not exist with nothing', async () => {
    const read = sitemapReader(payload)
    expect(await sitemapEntries(read, 'news-releases-99', SMALL_LIMIT)).toBeNull()
    expect(await sitemapEntries(read, 'users-1', SMALL_LIMIT)).toBeNull()
    expect(await sitemapEntries(read, '../secret', SMALL_LIMIT)).toBeNull()
  })

  it('the index lists each part at its own address', () => {
    const xml = sitemapIndexXml(['https://example.org/sitemap/pages.xml'])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<sitemap><loc>https://example.org/sitemap/pages.xml</loc></sitemap>')
  })
})

describe('news list pages', () => {
  it('every page, the last one included, holds the right releases, newest first', async () => {
    const all = await queryNewsReleases(payload, 'en', { perPage: 100 })
    const perPage = 4
    const first = await queryNewsReleases(payload, 'en', { perPage })
    expect(first.totalPages).toBe(Math.ceil(all.totalItems / perPage))
    const pages = []
    for (let page = 1; page <= first.totalPages; page++)
      pages.push(...(await queryNewsReleases(payload, 'en', { page, perPage })).items)
    expect(pages.map((item) => item.slug)).toEqual(all.items.map((item) => item.slug))
    const last = await queryNewsReleases(payload, 'en', { page: first.totalPages, perPage })
    expect(last.items).toHaveLength(all.totalItems - (first.totalPages - 1) * perPage)
  })

  it('a filtered list’s last page is right too', async () => {
    const filter = { focusArea: 'human-trafficking-and-exploitative-migration' }
    const all = await queryNewsReleases(payload, 'es', { ...filter, perPage: 100 })
    expect(all.totalItems).toBeGreaterThan(1)
    const last = await queryNewsReleases(payload, 'es', {
      ...filter,
      perPage: 1,
      page: all.totalItems,
    })
    expect(last.items.map((item) => item.slug)).toEqual([all.items.at(-1)?.slug])
  })

  it('the home page and feed get the newest releases without counting them all', async () => {
    const latest = await queryLatestNewsReleases(payload, 'ja', 5)
    const page = await queryNewsReleases(payload, 'ja', { perPage: 5 })
    expect(latest).toEqual(page.items)
  })
})
