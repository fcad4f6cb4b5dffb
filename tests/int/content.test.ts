// The public site's read layer: locale resolution, fallback flags, real-translation alternates,
// pagination, filters, and only published, public data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { queryFocusArea, queryFocusAreas } from '@/content/queries/focusAreas'
import { NEWS_PAGE_SIZE, queryNewsRelease, queryNewsReleases } from '@/content/queries/newsReleases'
import { querySiteSettings } from '@/content/queries/siteSettings'
import { querySitemapDocuments } from '@/content/queries/sitemap'
import { normaliseQuery, querySearch } from '@/content/queries/search'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { buildNewsFeed } from '@/site/feed'
import { documentMetadata } from '@/site/metadata'
import { queryCommittee, queryCommittees } from '@/content/queries/committees'
import { queryPartner, queryPartners } from '@/content/queries/partners'
import { hasContent, translate } from '@/content/translated'
import { alternatesFor, isPageNumber } from '@/site/urls'
import { seed } from '@/seed'
import { toLexical } from '@/seed/lexical'
import { validData } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
}, 300_000)
afterAll(async () => {
  await stopPayload(payload)
})

describe('translate', () => {
  it('prefers the reader’s language, falls back to English and says so', () => {
    expect(translate({ en: 'Hello', ja: 'こんにちは' }, 'ja')).toEqual({
      value: 'こんにちは',
      lang: 'ja',
      isFallback: false,
    })
    expect(translate({ en: 'Hello', ja: '' }, 'ja')).toEqual({
      value: 'Hello',
      lang: 'en',
      isFallback: true,
    })
    expect(translate({ en: 'Hello' }, 'en')).toEqual({
      value: 'Hello',
      lang: 'en',
      isFallback: false,
    })
    expect(translate({}, 'es')).toBeUndefined()
  })
  it('does not count an empty rich text as content', () => {
    expect(hasContent({ root: { type: 'root', children: [] } })).toBe(false)
    expect(hasContent('   ')).toBe(false)
  })
})

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

describe('focus areas', () => {
  it('are listed in display order', async () => {
    const areas = await queryFocusAreas(payload, 'es')
    expect(areas[0].slug).toBe('human-trafficking-and-exploitative-migration')
    expect(areas.every((area) => area.title?.lang === 'es')).toBe(true)
  })

  it('a focus area brings its stance, committees’ work, partners, materials and related releases', async () => {
    const area = await queryFocusArea(payload, 'ja', 'human-trafficking-and-exploitative-migration')
    expect(area?.stance.length).toBeGreaterThanOrEqual(3)
    expect(area?.stance[0].heading?.value).toMatch(japanese)
    expect(area?.activities.map((a) => a.committee?.code)).toEqual(
      expect.arrayContaining(['AC', 'LAB', 'JC']),
    )
    expect(area?.activities[0].committee?.name?.value).toMatch(japanese)
    expect(area?.partners.map((p) => p.acronym)).toEqual(
      expect.arrayContaining(['WOCON', 'JNATIP']),
    )
    expect(area?.relatedMaterials.every((m) => m.href.startsWith('https://'))).toBe(true)
    expect(area?.relatedReleases.length).toBeGreaterThan(0)
    expect(area?.availableLocales).toEqual(['en', 'ja', 'es'])
  })
})

describe('committees and partners', () => {
  it('a committee brings its work per focus area and only its press contacts', async () => {
    const committee = await queryCommittee(payload, 'es', 'asia-committee')
    expect(committee?.code).toBe('AC')
    expect(committee?.name?.lang).toBe('es')
    expect(committee?.work.length).toBeGreaterThan(0)
    expect(committee?.work[0].text?.lang).toBe('es')
    const { docs } = await payload.find({
      collection: 'committees',
      where: { slug: { equals: 'asia-committee' } },
      depth: 1,
      overrideAccess: true,
    })
    const all = (docs[0].contacts ?? []) as { slug: string; isPressContact: boolean }[]
    expect(all.some((contact) => !contact.isPressContact)).toBe(true)
    expect(committee?.contacts.map((c) => c.slug).sort()).toEqual(
      all
        .filter((c) => c.isPressContact)
        .map((c) => c.slug)
        .sort(),
    )
  })

  it('partners come with country code and website, in the reader’s language', async () => {
    const partners = await queryPartners(payload, 'ja')
    expect(partners.length).toBeGreaterThanOrEqual(4)
    const wocon = await queryPartner(payload, 'ja', 'wocon')
    expect(wocon?.country).toBe('NG')
    expect(wocon?.name?.lang).toBe('ja')
    expect(wocon?.focusAreas.length).toBeGreaterThan(0)
    expect(await queryCommittees(payload, 'en')).toHaveLength(3)
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
    const documents = await querySitemapDocuments(payload)
    const bySlug = new Map(documents.map((doc) => [doc.slug, doc]))
    expect(
      bySlug.get('imadr-welcomes-call-to-address-demand-side-of-trafficking')?.locales,
    ).toEqual(['en', 'ja', 'es'])
    expect(bySlug.get('english-only-statement')?.locales).toEqual(['en'])
    expect(bySlug.get('wocon')?.collection).toBe('partners')
    expect(documents.some((doc) => doc.slug === 'not-yet')).toBe(false)
  })
})

describe('site settings', () => {
  it('give the organisation’s name in each language', async () => {
    expect((await querySiteSettings(payload, 'ja')).organisationName?.value).toBe('反差別国際運動')
    expect((await querySiteSettings(payload, 'es')).organisationName?.lang).toBe('es')
    expect((await querySiteSettings(payload, 'en')).shortName).toBe('IMADR')
  })
})

describe('alternates', () => {
  it('list only the real translations, with x-default and a canonical in the reader’s language', () => {
    const href = { pathname: '/news/[slug]' as const, params: { slug: 'x' } }
    const alternates = alternatesFor('es', href, ['en', 'es'])
    expect(alternates?.canonical).toMatch(/\/es\/noticias\/x$/)
    expect(Object.keys(alternates?.languages ?? {})).toEqual(['en', 'es', 'x-default'])
    expect((alternates?.languages as Record<string, string>)['x-default']).toMatch(/\/en\/news\/x$/)
    const japaneseOnly = alternatesFor('ja', href, ['ja'])
    expect((japaneseOnly?.languages as Record<string, string>)['x-default']).toMatch(
      /\/ja\/news\/x$/,
    )
  })
})

describe('search', () => {
  // What a result was matched on: its search text in the reader's language, or the English one.
  const searchTextsOf = async (
    item: { kind: string; slug: string },
    locale: 'en' | 'ja' | 'es',
  ) => {
    const texts: string[] = []
    for (const l of new Set([locale, 'en'] as const)) {
      const { docs } = await payload.find({
        collection: item.kind as 'news-releases',
        where: { slug: { equals: item.slug } },
        locale: l,
        fallbackLocale: false,
        context: { withSearchText: true },
        depth: 0,
      })
      texts.push(String((docs[0] as { searchText?: string } | undefined)?.searchText ?? ''))
    }
    return texts
  }

  it('finds a Japanese word inside unspaced Japanese text', async () => {
    // 取引 stands inside 人身取引 with no spaces around it.
    const results = await querySearch(payload, 'ja', '取引')
    expect(results.totalItems).toBeGreaterThan(0)
    expect(
      results.items.some(
        (item) => item.kind === 'news-releases' && item.title?.value.includes('人身取引'),
      ),
    ).toBe(true)
    for (const item of results.items)
      expect((await searchTextsOf(item, 'ja')).some((text) => text.includes('取引'))).toBe(true)
    const both = await querySearch(payload, 'ja', '人身')
    expect(both.items.map((item) => item.kind)).toEqual(
      expect.arrayContaining(['focus-areas', 'news-releases']),
    )
  })

  it('finds Spanish words, all of them required, anywhere in the document', async () => {
    const one = await querySearch(payload, 'es', 'trata')
    const two = await querySearch(payload, 'es', 'trata Argentina')
    expect(one.totalItems).toBeGreaterThan(two.totalItems)
    expect(two.totalItems).toBeGreaterThan(0)
    for (const item of two.items) {
      expect(
        (await searchTextsOf(item, 'es')).some(
          (text) => text.includes('trata') && text.includes('argentina'),
        ),
      ).toBe(true)
    }
  })

  it('ignores accents and case, as Spanish readers type', async () => {
    const withAccents = await querySearch(payload, 'es', 'migración')
    expect(withAccents.totalItems).toBeGreaterThan(0)
    const plain = await querySearch(payload, 'es', 'MIGRACION')
    expect(plain.items.map((item) => item.slug)).toEqual(withAccents.items.map((item) => item.slug))
  })

  it('finds words in the body, in the reader’s language, and after an edit', async () => {
    const release = await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        summary: 'A summary without the word.',
        body: toLexical([
          { type: 'paragraph', text: 'The hearing in Quetzaltenango drew many families.' },
        ]) as never,
      },
      locale: 'en',
    })
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: {
        _status: 'published',
        title: 'Audiencia pública',
        body: toLexical([
          { type: 'paragraph', text: 'La audiencia en Quetzaltenango reunió a muchas familias.' },
        ]) as never,
      },
    })
    const slugsFor = async (locale: 'en' | 'es', q: string) =>
      (await querySearch(payload, locale, q)).items.map((item) => item.slug)
    expect(await slugsFor('en', 'quetzaltenango families')).toContain(release.slug)
    expect(await slugsFor('es', 'quetzaltenango familias')).toContain(release.slug)
    // Words from two fields (title and body) together.
    expect(await slugsFor('es', 'audiencia quetzaltenango')).toContain(release.slug)

    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: {
        body: toLexical([{ type: 'paragraph', text: 'La audiencia se celebró en Xela.' }]) as never,
      },
    })
    expect(await slugsFor('es', 'familias quetzaltenango')).not.toContain(release.slug)
    expect(await slugsFor('es', 'audiencia xela')).toContain(release.slug)
    // The index is never part of what readers or the API get back.
    const read = await payload.findByID({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      overrideAccess: false,
    })
    expect(JSON.stringify(read)).not.toContain('searchText')
    await payload.delete({ collection: 'news-releases', id: release.id })
  })

  it('finds committees and partners by code or acronym, and pages the results', async () => {
    expect((await querySearch(payload, 'en', 'WOCON')).items.map((item) => item.kind)).toContain(
      'partners',
    )
    expect((await querySearch(payload, 'en', 'LAB')).items.map((item) => item.slug)).toContain(
      'latin-american-base',
    )
    const first = await querySearch(payload, 'en', 'IMADR')
    expect(first.totalItems).toBeGreaterThan(10)
    expect(first.items).toHaveLength(10)
    const second = await querySearch(payload, 'en', 'IMADR', 2)
    expect(second.items[0]).not.toEqual(first.items[0])
  })

  it('an empty or blank query finds nothing, wildcards match only themselves, and a long query is cut short', async () => {
    expect((await querySearch(payload, 'en', '   ')).totalItems).toBe(0)
    expect((await querySearch(payload, 'en', '%')).totalItems).toBe(0)
    expect((await querySearch(payload, 'en', '_')).totalItems).toBe(0)
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(100)
  })

  it('dates each hit: a release by its publish date in its own zone, other kinds by their last change, saying which', async () => {
    const release = (await querySearch(payload, 'es', 'talleres argentina')).items.find(
      (item) => item.slug === 'new-workshop-series-on-trafficking-begins-in-argentina',
    )
    expect(release?.kind).toBe('news-releases')
    expect(release?.date).toEqual({
      meaning: 'published',
      at: '2026-05-20T14:00:00.000Z',
      timeZone: 'America/Argentina/Buenos_Aires',
    })

    const results = await querySearch(payload, 'ja', '人身')
    const area = results.items.find((item) => item.kind === 'focus-areas')
    const stored = await payload.find({
      collection: 'focus-areas',
      where: { slug: { equals: area?.slug } },
      depth: 0,
      limit: 1,
    })
    expect(area?.date).toEqual({
      meaning: 'updated',
      at: stored.docs[0].updatedAt,
      timeZone: HOME_TIME_ZONE,
    })
    const committee = (await querySearch(payload, 'en', 'LAB')).items.find(
      (item) => item.kind === 'committees',
    )
    expect(committee?.date.meaning).toBe('updated')
    expect(Number.isNaN(Date.parse(committee?.date.at ?? ''))).toBe(false)
  })

  it('never finds drafts', async () => {
    expect(
      (await querySearch(payload, 'en', 'Not yet')).items.map((item) => item.slug),
    ).not.toContain('not-yet')
  })

  it('pages in the database: every match once, kind by kind, across page boundaries', async () => {
    const first = await querySearch(payload, 'en', 'IMADR')
    const pages = [first.items]
    for (let page = 2; page <= first.totalPages; page++)
      pages.push((await querySearch(payload, 'en', 'IMADR', page)).items)
    const all = pages.flat()
    expect(all).toHaveLength(first.totalItems)
    expect(new Set(all.map((item) => `${item.kind}:${item.slug}`)).size).toBe(all.length)
    const kindOrder = ['focus-areas', 'committees', 'partners', 'news-releases']
    const order = all.map((item) => kindOrder.indexOf(item.kind))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // Releases newest first.
    const dates = all.filter((item) => item.kind === 'news-releases').map((item) => item.date.at)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('does not find a document by the words of a translation that is not published', async () => {
    const release = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      data: { ...validData['news-releases'](), title: 'Hearing notice' },
    })
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: { title: 'Aviso zacatecas', _status: 'published' },
    })
    expect(
      (await querySearch(payload, 'es', 'zacatecas')).items.map((item) => item.slug),
    ).toContain(release.slug)
    // Unpublished again: the Spanish text stays stored, but finds nothing.
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: { _status: 'draft' },
    })
    expect(
      (await querySearch(payload, 'es', 'zacatecas')).items.map((item) => item.slug),
    ).not.toContain(release.slug)
    expect(
      (await querySearch(payload, 'es', 'hearing notice')).items.map((item) => item.slug),
    ).toContain(release.slug)
    await payload.delete({ collection: 'news-releases', id: release.id })
  })
})

describe('page metadata', () => {
  const t = (value: string, lang: 'en' | 'ja' | 'es', isFallback = false) => ({
    value,
    lang,
    isFallback,
  })
  const none = { title: undefined, description: undefined, image: undefined }

  it('uses the editor’s SEO title and description when given', () => {
    const meta = documentMetadata({
      locale: 'es',
      seo: {
        ...none,
        title: t('Título para buscadores', 'es'),
        description: t('Descripción breve', 'es'),
      },
      title: t('Título largo del comunicado', 'es'),
      description: t('Resumen', 'es'),
      alternates: {},
    })
    expect(meta.title).toBe('Título para buscadores')
    expect(meta.description).toBe('Descripción breve')
    expect(meta.openGraph?.title).toBe('Título para buscadores')
  })

  it('prefers the page’s own translated title over an SEO title that is only the English fallback', () => {
    const meta = documentMetadata({
      locale: 'ja',
      seo: { ...none, title: t('English SEO title', 'en', true) },
      title: t('日本語のタイトル', 'ja'),
      description: t('English summary', 'en', true),
      alternates: {},
    })
    expect(meta.title).toBe('日本語のタイトル')
    expect(meta.description).toBe('English summary')
  })

  it('the read layer carries the SEO fields', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      data: {
        _status: 'published',
        title: 'SEO carrier',
        slug: 'seo-carrier',
        meta: { title: 'Short SEO title', description: 'For search engines' },
      },
    })
    const area = await queryFocusArea(payload, 'en', 'seo-carrier')
    expect(area?.seo.title?.value).toBe('Short SEO title')
    expect(area?.seo.description?.value).toBe('For search engines')
    await payload.delete({ collection: 'focus-areas', id: doc.id })
  })
})

describe('press contacts shown to the public', () => {
  it('a contact unflagged after being put under a release disappears from that release', async () => {
    const contact = await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), isPressContact: true },
    })
    await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        slug: 'contact-withdrawn',
        pressContacts: [contact.id],
      },
    })
    expect(
      (await queryNewsRelease(payload, 'en', 'contact-withdrawn'))?.pressContacts.map(
        (c) => c.slug,
      ),
    ).toEqual([contact.slug])
    await payload.update({
      collection: 'contacts',
      id: contact.id,
      data: { isPressContact: false },
    })
    expect((await queryNewsRelease(payload, 'en', 'contact-withdrawn'))?.pressContacts).toEqual([])
  })
})

describe('page numbers in URLs', () => {
  it('are whole numbers from 1 to 9999', () => {
    expect(['1', '12', '9999'].every(isPageNumber)).toBe(true)
    expect(['0', '-1', '1.5', 'abc', '10000', '99999999999'].some(isPageNumber)).toBe(false)
  })
})
