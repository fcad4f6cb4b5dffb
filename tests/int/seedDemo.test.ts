// The demo content: fictional contact data, the embargoed release and its link, the seeded
// staff, and the editorial workflow demo.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { adminCredentials } from '@/seed/adminUser'
import type { ApiServer } from '../helpers/httpServer'
import { startSeededTwice, stopSeededTwice } from './seed/seededTwice'

let payload: Payload
let api: ApiServer
beforeAll(async () => {
  ;({ payload, api } = await startSeededTwice())
}, 300_000)
afterAll(async () => {
  await stopSeededTwice()
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
