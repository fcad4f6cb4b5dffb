// The demo content: idempotent, enough of it, complete in three languages with real translations.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { locales } from '@/i18n/locales'
import {
  collections,
  countAll,
  countsAfterFirstRun,
  idsAfterFirstRun,
  idsOf,
  startSeededTwice,
  stopSeededTwice,
} from './seed/seededTwice'

let payload: Payload
beforeAll(async () => {
  ;({ payload } = await startSeededTwice())
}, 300_000)
afterAll(async () => {
  await stopSeededTwice()
})

describe('a second run', () => {
  it('leaves the same number of documents in every collection', async () => {
    expect(await countAll()).toEqual(countsAfterFirstRun)
  })
  it('updates the same documents instead of creating new ones', async () => {
    for (const collection of collections)
      expect(await idsOf(collection)).toEqual(idsAfterFirstRun[collection])
  })
})

describe('enough content for lists, pagination and a press directory', () => {
  it('has at least 12 releases over several months, all published', async () => {
    const { docs } = await payload.find({
      collection: 'news-releases',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(12)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(new Set(docs.map((doc) => doc.publishedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(4)
    expect(new Set(docs.map((doc) => doc.scope))).toEqual(
      new Set(['global', 'regional', 'country']),
    )
    expect(docs.every((doc) => (doc.pressContacts ?? []).length > 0)).toBe(true)
  })

  it('has at least 8 contacts across offices, languages and time zones, some not for the press', async () => {
    const { docs } = await payload.find({
      collection: 'contacts',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(8)
    expect(new Set(docs.map((doc) => doc.office)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(docs.map((doc) => doc.timeZone)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(docs.flatMap((doc) => doc.languages ?? [])).size).toBeGreaterThanOrEqual(5)
    expect(docs.filter((doc) => doc.isPressContact).length).toBeGreaterThanOrEqual(5)
    expect(docs.filter((doc) => !doc.isPressContact).length).toBeGreaterThanOrEqual(2)
    expect(
      docs.filter((doc) => doc.languages?.includes('es') && doc.isPressContact).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it('has the trafficking focus area with its stance, the three committees’ work, partners and materials', async () => {
    const { docs } = await payload.find({
      collection: 'focus-areas',
      where: { slug: { equals: 'human-trafficking-and-exploitative-migration' } },
      depth: 1,
      overrideAccess: true,
    })
    const area = docs[0]
    expect(area.stance?.length).toBeGreaterThanOrEqual(3)
    const codes = (area.activities ?? []).map((activity) =>
      typeof activity.committee === 'object' ? activity.committee.code : null,
    )
    expect(codes).toEqual(expect.arrayContaining(['AC', 'LAB', 'JC']))
    expect((area.partners ?? []).map((p) => (typeof p === 'object' ? p.acronym : null))).toEqual(
      expect.arrayContaining(['WOCON', 'JNATIP']),
    )
    expect(area.relatedMaterials?.length).toBeGreaterThanOrEqual(2)
  })

  it('ends the source release with its press contacts, in order', async () => {
    const { docs } = await payload.find({
      collection: 'news-releases',
      where: { dateline: { equals: 'New York' } },
      depth: 1,
      overrideAccess: true,
    })
    const release = docs.find((doc) => /demand/i.test(doc.title ?? ''))
    expect(release).toBeDefined()
    expect(release?.scope).toBe('global')
    expect(release?.publishedAt_tz).toBe('America/New_York')
    const contacts = (release?.pressContacts ?? []).map((c) => (typeof c === 'object' ? c.slug : c))
    expect(contacts.length).toBeGreaterThanOrEqual(1)
  })

  it('gives the organisation a name and a logo, described in each language', async () => {
    const alts = new Set<string>()
    for (const locale of ['en', 'ja', 'es'] as const) {
      const settings = await payload.findGlobal({
        slug: 'site-settings',
        locale,
        depth: 1,
        overrideAccess: true,
      })
      expect(settings.organisationName).toBeTruthy()
      const logo = settings.logo
      expect(typeof logo === 'object' && logo?.mimeType).toBe('image/png')
      if (typeof logo === 'object' && logo) alts.add(String(logo.alt))
    }
    expect(alts.size).toBe(3)
  })
})

// Each collection's title-like field, and other localized fields that must be translated.
const translatedFields: [CollectionSlug, string[]][] = [
  ['news-releases', ['title', 'summary', 'dateline']],
  ['focus-areas', ['title', 'summary']],
  ['committees', ['name', 'description']],
  ['partners', ['name', 'description']],
  ['contacts', ['role', 'office']],
  ['media', ['alt']],
]

describe.each(translatedFields)('every seeded %s', (collection, fields) => {
  it('exists in ja and es, non-empty and different from the English', async () => {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      limit: 0,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs as unknown as Record<string, Record<string, string>>[]) {
      for (const field of fields) {
        const values = doc[field]
        for (const locale of locales)
          expect(`${field}:${locale}:${values?.[locale]?.trim() ? 'ok' : 'empty'}`).toBe(
            `${field}:${locale}:ok`,
          )
        // Place names such as "Geneva"/"Ginebra" can coincide in two languages; Japanese never does.
        expect(values.ja).not.toBe(values.en)
        if (field !== 'dateline') expect(values.es).not.toBe(values.en)
        expect(values.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      }
    }
  })
})

describe('rich text', () => {
  it('every release and focus area has a body in each language, and the Japanese one is Japanese', async () => {
    for (const collection of ['news-releases', 'focus-areas'] as const) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs) {
        const body = doc.body as unknown as Record<string, unknown>
        for (const locale of locales)
          expect(JSON.stringify(body[locale] ?? '')).toMatch(/"text":"[^"]+"/)
        expect(JSON.stringify(body.ja)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
        expect(JSON.stringify(body.es)).not.toBe(JSON.stringify(body.en))
      }
    }
  })
})
