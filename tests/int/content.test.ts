// The public site's read layer: translated values, focus areas, committees, partners, site
// settings, alternates, page metadata and page numbers.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { queryFocusArea, queryFocusAreas } from '@/content/queries/focusAreas'
import { querySiteSettings } from '@/content/queries/siteSettings'
import { documentMetadata } from '@/site/metadata'
import { queryCommittee, queryCommittees } from '@/content/queries/committees'
import { queryPartner, queryPartners } from '@/content/queries/partners'
import { hasContent, translate } from '@/content/translated'
import { alternatesFor, isPageNumber } from '@/site/urls'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/

withSeededPayload((started) => (payload = started))

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

describe('page numbers in URLs', () => {
  it('are whole numbers from 1 to 9999', () => {
    expect(['1', '12', '9999'].every(isPageNumber)).toBe(true)
    expect(['0', '-1', '1.5', 'abc', '10000', '99999999999'].some(isPageNumber)).toBe(false)
  })
})
