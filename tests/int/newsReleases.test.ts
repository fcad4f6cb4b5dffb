// The read layer's news releases: locale resolution, fallback flags, pagination, filters, only
// published data; and the feed and sitemap built from them.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { NEWS_PAGE_SIZE, queryNewsRelease, queryNewsReleases } from '@/content/queries/newsReleases'
import { querySiteSettings } from '@/content/queries/siteSettings'
import { sitemapDocuments } from '../helpers/sitemap'
import { querySearch } from '@/content/queries/search'
import { buildNewsFeed } from '@/site/feed'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/

withSeededPayload((started) => (payload = started))

describe('news releases', () => {
  it('lists published releases newest first, a page at a time, in the reader’s language', async () => {
    const first = await queryNewsReleases(payload, 'ja')
    expect(first.totalItems).toBe(15)
    expect(first.items).toHaveLength(NEWS_PAGE_SIZE)
    expect(first.totalPages).toBe(2)
    const dates = first.items.map((item) => item.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    for (const item of first.items) {
      expect(item.title?.lang).toBe('ja')
      expect(item.title?.value).toMatch(japanese)
    }
    const second = await queryNewsReleases(payload, 'ja', { page: 2 })
    expect(second.items).toHaveLength(5)
    expect(second.items.map((item) => item.slug)).not.toContain(first.items[0].slug)
  })

  it('filters by scope and by focus area', async () => {
    const regional = await queryNewsReleases(payload, 'es', { scope: 'regional', perPage: 50 })
    expect(regional.totalItems).toBeGreaterThan(0)
    expect(regional.items.every((item) => item.scope === 'regional')).toBe(true)
    const racism = await queryNewsReleases(payload, 'en', {
      focusArea: 'racism-and-multiple-discrimination',
      perPage: 50,
    })
    const all = await queryNewsReleases(payload, 'en', { perPage: 50 })
    expect(racism.totalItems).toBeGreaterThan(0)
    expect(racism.totalItems).toBeLessThan(all.totalItems)
    const unknown = await queryNewsReleases(payload, 'en', { focusArea: 'no-such-focus-area' })
    expect(unknown).toEqual({ items: [], page: 1, totalPages: 0, totalItems: 0 })
  })

  it('reads one release in each language, with its press contacts in order and nothing staff-only', async () => {
    const ja = await queryNewsRelease(payload, 'ja', SOURCE_RELEASE)
    const es = await queryNewsRelease(payload, 'es', SOURCE_RELEASE)
    expect(ja?.title?.value).toMatch(japanese)
    expect(es?.title?.lang).toBe('es')
    expect(ja?.fallbackLang).toBeNull()
    expect(ja?.availableLocales).toEqual(['en', 'ja', 'es'])
    expect(ja?.timeZone).toBe('America/New_York')
    expect(ja?.dateline?.value).toBe('ニューヨーク')
    expect(ja?.pressContacts.map((c) => c.slug)).toEqual(['elena-marquez', 'claire-dubois'])
    expect(ja?.pressContacts[0].role?.value).toMatch(japanese)
    expect(JSON.stringify(ja)).not.toMatch(/internalNotes|personalMobile/)
  })

  it('an English-only release falls back in Japanese, says so, and offers only English as an alternate', async () => {
    await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        title: 'English only statement',
        slug: 'english-only-statement',
      },
    })
    const ja = await queryNewsRelease(payload, 'ja', 'english-only-statement')
    expect(ja?.title).toEqual({ value: 'English only statement', lang: 'en', isFallback: true })
    expect(ja?.fallbackLang).toBe('en')
    expect(ja?.availableLocales).toEqual(['en'])
  })

  it('a partial translation lists the language but marks the untranslated field', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        title: 'Partly translated',
        summary: 'English summary',
        slug: 'partly-translated',
      },
    })
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'es',
      data: { title: 'Traducido en parte', _status: 'published' },
    })
    const es = await queryNewsRelease(payload, 'es', 'partly-translated')
    expect(es?.title).toMatchObject({ value: 'Traducido en parte', isFallback: false })
    expect(es?.summary).toMatchObject({ value: 'English summary', lang: 'en', isFallback: true })
    expect(es?.availableLocales).toEqual(['en', 'es'])
  })

  it('never returns drafts', async () => {
    await payload.create({
      collection: 'news-releases',
      draft: true,
      data: {
        ...validData['news-releases'](),
        title: 'Not yet',
        slug: 'not-yet',
        _status: 'draft',
      },
    })
    expect(await queryNewsRelease(payload, 'en', 'not-yet')).toBeNull()
    const list = await queryNewsReleases(payload, 'en', { perPage: 100 })
    expect(list.items.map((item) => item.slug)).not.toContain('not-yet')
  })

  it('returns null for an unknown slug', async () => {
    expect(await queryNewsRelease(payload, 'en', 'no-such-release')).toBeNull()
  })
})

describe('feed and sitemap data', () => {
  it('the Japanese feed holds only releases really translated into Japanese', async () => {
    const news = await queryNewsReleases(payload, 'ja', { perPage: 50 })
    const xml = buildNewsFeed({
      locale: 'ja',
      settings: await querySiteSettings(payload, 'ja'),
      releases: news.items,
      title: 'ニュースリリース',
      feedUrl: 'https://example.org/ja/feed.xml',
      homeUrl: 'https://example.org/ja',
      releaseUrl: (slug) => `https://example.org/ja/news/${slug}`,
    })
    expect(xml).toContain('<language>ja</language>')
    expect(xml).toContain(
      'https://example.org/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
    )
    // Releases created above in English only stay out of the Japanese feed.
    expect(xml).not.toContain('english-only-statement')
    expect(xml).not.toContain('English only statement')
  })

  it('the sitemap data lists each document with the languages it really exists in', async () => {
    const documents = await sitemapDocuments(payload)
    const bySlug = new Map(documents.map((doc) => [doc.slug, doc]))
    expect(
      bySlug.get('imadr-welcomes-call-to-address-demand-side-of-trafficking')?.locales,
    ).toEqual(['en', 'ja', 'es'])
    expect(bySlug.get('english-only-statement')?.locales).toEqual(['en'])
    expect(bySlug.get('wocon')?.collection).toBe('partners')
    expect(documents.some((doc) => doc.slug === 'not-yet')).toBe(false)
  })
})

// Drafts left by the news releases' tests above stay out of search.
describe('search', () => {
  it('never finds drafts', async () => {
    expect(
      (await querySearch(payload, 'en', 'Not yet')).items.map((item) => item.slug),
    ).not.toContain('not-yet')
  })
})
