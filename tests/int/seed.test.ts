// The demo content: complete in three languages, real translations, idempotent, fictional contact data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { locales } from '@/i18n/locales'
import { adminCredentials } from '@/seed/adminUser'
import { seed } from '@/seed'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
const collections: CollectionSlug[] = [
  'news-releases',
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'media',
  'users',
]
const countsAfterFirstRun: Record<string, number> = {}
const idsAfterFirstRun: Record<string, unknown[]> = {}

const countAll = async () => {
  const counts: Record<string, number> = {}
  for (const collection of collections)
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  return counts
}
const idsOf = async (collection: CollectionSlug) =>
  (
    await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
      draft: true,
    })
  ).docs.map((d) => d.id)

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  await seed(payload)
  Object.assign(countsAfterFirstRun, await countAll())
  for (const collection of collections) idsAfterFirstRun[collection] = await idsOf(collection)
  await seed(payload)
}, 300_000)
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
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

describe('contact data', () => {
  it('uses only example.org addresses and phone ranges reserved for fiction', async () => {
    const reserved = [
      /^\+4420794600\d{2}$|^\+44207946\d{4}$/,
      /^\+1\d{3}55501\d{2}$/,
      /^\+6125550\d{4}$/,
      /^\+61491570\d{3}$/,
    ]
    const { docs } = await payload.find({
      collection: 'contacts',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      expect(doc.email).toMatch(/@example\.org$/)
      for (const number of [...(doc.phones ?? []).map((p) => p.number), doc.personalMobile].filter(
        Boolean,
      ) as string[]) {
        expect(
          reserved.some((pattern) => pattern.test(number)) ? number : `not reserved: ${number}`,
        ).toBe(number)
      }
    }
  })
})

describe('the embargoed demo release', () => {
  const slug = 'latin-american-base-updates-report-on-trafficking-in-women-in-argentina'

  it('is under embargo until 10:00 in Buenos Aires two weeks after seeding, hidden from the public', async () => {
    const { docs } = await payload.find({
      collection: 'news-releases',
      where: { slug: { equals: slug } },
      overrideAccess: true,
    })
    const embargo = docs[0]?.embargoUntil
    expect(docs[0]?.embargoUntil_tz).toBe('America/Argentina/Buenos_Aires')
    const wallClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/Argentina/Buenos_Aires',
      hour: '2-digit',
      minute: '2-digit',
    })
    expect(wallClock.format(new Date(embargo!))).toBe('10:00')
    const days = (Date.parse(embargo!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(13)
    expect(days).toBeLessThan(15)
    const anonymous = await fetch(`${api.url}/api/news-releases?where[slug][equals]=${slug}`)
    expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('has exactly one working embargo link (a second run adds none), which shows it in Japanese', async () => {
    const { docs } = await payload.find({
      collection: 'embargo-links',
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const { queryEmbargoLink } = await import('@/content/queries/embargoLink')
    const view = await queryEmbargoLink(payload, 'ja', docs[0].token!)
    expect(view?.release.slug).toBe(slug)
    expect(view?.release.title?.lang).toBe('ja')
    expect(view?.release.pressContacts.map((contact) => contact.slug)).toEqual([
      'lucia-fernandez',
      'mateo-quiroga',
    ])
  })
})

describe('the seeded admin', () => {
  it('can log in with the printed credentials', async () => {
    const { email, password } = adminCredentials()
    const res = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { user: { roles: string[] } }
    expect(body.user.roles).toContain('admin')
  })
})

describe('the public API', () => {
  it('answers Japanese titles for /api/news-releases?locale=ja', async () => {
    const res = await fetch(`${api.url}/api/news-releases?locale=ja&limit=5`)
    const body = (await res.json()) as { docs: { title: string }[]; totalDocs: number }
    expect(body.totalDocs).toBeGreaterThanOrEqual(12)
    for (const doc of body.docs) expect(doc.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })
})

describe('the editorial workflow demo', () => {
  it('publishes every page and release in each of its three languages', async () => {
    for (const collection of ['news-releases', 'focus-areas', 'committees', 'partners'] as const) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        limit: 0,
        pagination: false,
        overrideAccess: true,
        select: { _status: true },
      })
      for (const doc of docs)
        expect(doc._status).toEqual({ en: 'published', ja: 'published', es: 'published' })
    }
  })

  it('has one release whose English was revised after it was translated, so both translations are outdated', async () => {
    const { queryTranslationWork } = await import('@/admin/translationWork')
    const [admin] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: adminCredentials().email } },
        overrideAccess: true,
      })
    ).docs
    const work = await queryTranslationWork(payload, { ...admin, collection: 'users' } as never)
    // Each language's column names it in that language.
    const titles = {
      ja: '日本委員会とJNATIP、人身取引被害者の支援拡充を政府に要請',
      es: 'El Comité de Japón y la JNATIP piden al Gobierno más protección para las víctimas de trata',
    }
    for (const locale of ['ja', 'es'] as const) {
      expect(
        work[locale]
          .filter((task) => task.state === 'outdated')
          .map((task) => [task.title, task.titleLocale]),
      ).toEqual([[titles[locale], locale]])
      expect(work[locale].filter((task) => task.state === 'missing')).toEqual([])
    }
  })

  it('has an editor, a translator and a press officer to try it with, on the demo password', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { like: '@example.org' } },
      overrideAccess: true,
    })
    const roleOf = Object.fromEntries(docs.map((user) => [user.email, user.roles]))
    expect(roleOf).toMatchObject({
      'editor@example.org': ['editor'],
      'translator@example.org': ['translator'],
      'press@example.org': ['pressOfficer'],
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'translator@example.org', password: adminCredentials().password },
    })
    expect(login.token).toBeTruthy()
  })
})
