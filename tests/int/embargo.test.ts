// Embargoes: a release is hidden from the public until its time, readable early through secret embargo links,
// and publishes itself at that time through the job runner, refreshing the pages that list it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

const revalidated: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    revalidated.push(tag)
  },
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')
const { createStaff, startPayload, stopPayload } = await import('../helpers/payload')
const { startApiServer } = await import('../helpers/httpServer')
const { queryNewsRelease, queryNewsReleases } = await import('@/content/queries/newsReleases')
const { querySearch } = await import('@/content/queries/search')
const { querySitemapDocuments } = await import('@/content/queries/sitemap')
const { queryPressContact } = await import('@/content/queries/pressContacts')
const { queryEmbargoLink } = await import('@/content/queries/embargoLink')
const { cronSecret } = await import('@/lib/secrets')

type Api = Awaited<ReturnType<typeof startApiServer>>
let payload: Payload
let api: Api
let staffAuth: Record<string, string>
let pressOfficer: Awaited<ReturnType<typeof createStaff>>
let translator: Awaited<ReturnType<typeof createStaff>>
let contact: { id: number; slug?: string | null }

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  staffAuth = (await createStaff(payload)).auth
  pressOfficer = await createStaff(payload, 'press@example.org', ['pressOfficer'])
  translator = await createStaff(payload, 'translator@example.org', ['translator'])
  contact = (await payload.create({
    collection: 'contacts',
    data: {
      ...validData.contacts(),
      personalMobile: '+44 20 7946 0999',
      internalNotes: 'Never publish this note',
    },
  })) as never
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})
beforeEach(() => {
  revalidated.length = 0
})

const embargoed = (slug: string, embargoUntil: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'news-releases',
    data: {
      ...validData['news-releases'](),
      slug,
      title: `Quokka survey ${slug}`,
      embargoUntil,
      embargoUntil_tz: 'Asia/Tokyo',
      pressContacts: [contact.id],
      ...extra,
    } as never,
  })

const pendingJobs = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'liftEmbargo' } },
          { 'input.release': { equals: id } },
          { completedAt: { exists: false } },
        ],
      },
      overrideAccess: true,
    })
  ).docs

const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: Record<string, { docs: { slug: string }[] }> }
}

describe('before the embargo', () => {
  it('the release is nowhere public: pages, lists, search, sitemap, contact pages, REST and GraphQL', async () => {
    const doc = await embargoed('quokka-under-embargo', inOneHour())
    expect(doc._status).toBe('published')

    expect(await queryNewsRelease(payload, 'en', 'quokka-under-embargo')).toBeNull()
    expect(
      (await queryNewsReleases(payload, 'en', { perPage: 100 })).items.map((item) => item.slug),
    ).not.toContain('quokka-under-embargo')
    expect(
      (await querySearch(payload, 'en', 'quokka')).items.map((item) => item.slug),
    ).not.toContain('quokka-under-embargo')
    expect((await querySitemapDocuments(payload)).map((item) => item.slug)).not.toContain(
      'quokka-under-embargo',
    )
    expect(
      (await queryPressContact(payload, 'en', contact.slug!))?.releases.map((item) => item.slug),
    ).not.toContain('quokka-under-embargo')

    const list = await fetch(
      `${api.url}/api/news-releases?where[slug][equals]=quokka-under-embargo`,
    )
    expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect((await fetch(`${api.url}/api/news-releases/${doc.id}`)).status).toBeGreaterThanOrEqual(
      403,
    )
    const anonymous = await graphql(
      '{ NewsReleases(where: { slug: { equals: "quokka-under-embargo" } }) { docs { slug } } }',
    )
    expect(anonymous.data?.NewsReleases.docs).toEqual([])

    // Staff see it, as they must to work on it.
    const staff = await graphql(
      '{ NewsReleases(where: { slug: { equals: "quokka-under-embargo" } }) { docs { slug } } }',
      staffAuth,
    )
    expect(staff.data?.NewsReleases.docs).toEqual([{ slug: 'quokka-under-embargo' }])
  })

  it('the release is dated at its embargo time, in the embargo’s zone', async () => {
    const at = inOneHour()
    const doc = await embargoed('quokka-dated', at)
    expect(doc.publishedAt).toBe(at)
    expect(doc.publishedAt_tz).toBe('Asia/Tokyo')
  })

  it('a release whose embargo has passed is public', async () => {
    await embargoed('quokka-after-embargo', new Date(Date.now() - 60_000).toISOString())
    expect((await queryNewsRelease(payload, 'en', 'quokka-after-embargo'))?.title?.value).toBe(
      'Quokka survey quokka-after-embargo',
    )
  })
})

describe('scheduling', () => {
  it('an embargo queues one publish at that time; moving it moves the job, clearing it removes it', async () => {
    const first = inOneHour()
    const doc = await embargoed('quokka-moving', first)
    expect(
      (await pendingJobs(doc.id)).map((job) => new Date(job.waitUntil as string).toISOString()),
    ).toEqual([first])

    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      data: { summary: 'Edited, same embargo' },
    })
    expect(await pendingJobs(doc.id)).toHaveLength(1)

    const later = new Date(Date.now() + 7_200_000).toISOString()
    await payload.update({ collection: 'news-releases', id: doc.id, data: { embargoUntil: later } })
    expect(
      (await pendingJobs(doc.id)).map((job) => new Date(job.waitUntil as string).toISOString()),
    ).toEqual([later])

    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      data: { embargoUntil: null } as never,
    })
    expect(await pendingJobs(doc.id)).toEqual([])
    // Lifted by hand: public now, and dated now rather than at the cancelled time.
    const lifted = await queryNewsRelease(payload, 'en', 'quokka-moving')
    expect(Date.parse(lifted!.publishedAt)).toBeLessThanOrEqual(Date.now())
  })

  it('only the runner holding the cron secret, or staff, may run due jobs', async () => {
    expect((await fetch(`${api.url}/api/payload-jobs/run`)).status).toBe(401)
    expect(
      (
        await fetch(`${api.url}/api/payload-jobs/run`, {
          headers: { authorization: 'Bearer guess' },
        })
      ).status,
    ).toBe(401)
  })

  it('at the embargo time a draft publishes itself through the runner, and the pages that list it are refreshed', async () => {
    // Far enough ahead that a slow machine still makes the early run before it.
    const at = new Date(Date.now() + 4000).toISOString()
    const doc = await payload.create({
      collection: 'news-releases',
      draft: true,
      data: {
        ...validData['news-releases'](),
        slug: 'quokka-lifts',
        title: 'Quokka census',
        embargoUntil: at,
        _status: 'draft',
      } as never,
    })
    expect(await queryNewsRelease(payload, 'en', 'quokka-lifts')).toBeNull()

    // Not yet due: a run changes nothing.
    const early = await fetch(`${api.url}/api/payload-jobs/run`, {
      headers: { authorization: `Bearer ${cronSecret()}` },
    })
    expect(early.status).toBe(200)
    expect(await queryNewsRelease(payload, 'en', 'quokka-lifts')).toBeNull()

    await sleep(Date.parse(at) - Date.now() + 100)
    revalidated.length = 0
    const due = await fetch(`${api.url}/api/payload-jobs/run`, {
      headers: { authorization: `Bearer ${cronSecret()}` },
    })
    expect(due.status).toBe(200)

    expect((await payload.findByID({ collection: 'news-releases', id: doc.id }))._status).toBe(
      'published',
    )
    expect((await queryNewsRelease(payload, 'en', 'quokka-lifts'))?.title?.value).toBe(
      'Quokka census',
    )
    expect(
      (await queryNewsReleases(payload, 'en', { perPage: 100 })).items.map((item) => item.slug),
    ).toContain('quokka-lifts')
    expect(revalidated).toEqual(
      expect.arrayContaining(['news-releases', 'news-releases:quokka-lifts']),
    )
    expect(await pendingJobs(doc.id)).toEqual([])
  })
})

describe('embargo links', () => {
  const createLink = async (releaseId: number, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'embargo-links',
      data: { release: releaseId, ...data } as never,
      user: pressOfficer.user,
      overrideAccess: false,
    })

  it('a press officer’s link shows the embargoed release, its latest text, public contact fields only', async () => {
    const release = await embargoed('quokka-preview', inOneHour())
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      draft: true,
      data: { summary: 'Latest draft wording', _status: 'draft' } as never,
    })
    const link = await createLink(release.id, { token: 'chosen-by-me' })

    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.token).not.toBe('chosen-by-me')
    expect(link.link_es).toMatch(new RegExp(`/es/noticias/bajo-embargo/${link.token}$`))
    expect(link.link_ja).toMatch(new RegExp(`/ja/news/embargoed/${link.token}$`))

    const view = await queryEmbargoLink(payload, 'ja', link.token!)
    expect(view?.release.slug).toBe('quokka-preview')
    expect(view?.release.summary?.value).toBe('Latest draft wording')
    expect(view?.embargoUntil).toBe(release.embargoUntil)
    expect(view?.embargoTimeZone).toBe('Asia/Tokyo')
    expect(view?.isPublic).toBe(false)
    const shown = JSON.stringify(view)
    expect(shown).not.toContain('Never publish this note')
    expect(shown).not.toContain('7946 0999')
    expect(view?.release.pressContacts).toHaveLength(1)
  })

  it('a wrong, malformed, expired, revoked or deleted link shows nothing', async () => {
    const release = await embargoed('quokka-links', inOneHour())
    expect(await queryEmbargoLink(payload, 'en', 'A'.repeat(43))).toBeNull()
    expect(await queryEmbargoLink(payload, 'en', "x' OR 1=1 --")).toBeNull()

    const revoked = await createLink(release.id)
    expect(await queryEmbargoLink(payload, 'en', revoked.token!)).not.toBeNull()
    await payload.update({ collection: 'embargo-links', id: revoked.id, data: { revoked: true } })
    expect(await queryEmbargoLink(payload, 'en', revoked.token!)).toBeNull()

    const deleted = await createLink(release.id)
    await payload.delete({ collection: 'embargo-links', id: deleted.id })
    expect(await queryEmbargoLink(payload, 'en', deleted.token!)).toBeNull()

    const expiring = await createLink(release.id, {
      expiresAt: new Date(Date.now() + 3000).toISOString(),
    })
    expect(await queryEmbargoLink(payload, 'en', expiring.token!)).not.toBeNull()
    await sleep(Date.parse(expiring.expiresAt) - Date.now() + 100)
    expect(await queryEmbargoLink(payload, 'en', expiring.token!)).toBeNull()
  })

  it('an expiry in the past or beyond 90 days is refused with a clear message', async () => {
    const release = await embargoed('quokka-expiry', inOneHour())
    const refusal = (expiresAt: string) =>
      createLink(release.id, { expiresAt }).then(
        () => 'accepted',
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message,
      )
    expect(await refusal(new Date(Date.now() - 1000).toISOString())).toBe(
      'The expiry must be in the future.',
    )
    expect(await refusal(new Date(Date.now() + 100 * 86_400_000).toISOString())).toBe(
      'An embargo link lasts at most 90 days.',
    )
  })

  it('tokens never reach the public or translators; translators cannot make links', async () => {
    const release = await embargoed('quokka-secret', inOneHour())
    await createLink(release.id)
    const anonymous = await fetch(`${api.url}/api/embargo-links`)
    expect(anonymous.status).toBe(403)
    const asTranslator = await fetch(`${api.url}/api/embargo-links`, { headers: translator.auth })
    expect(asTranslator.status).toBe(403)
    const create = await fetch(`${api.url}/api/embargo-links`, {
      method: 'POST',
      headers: { ...translator.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ release: release.id }),
    })
    expect(create.status).toBe(403)
    const anonymousGraphql = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ EmbargoLinks { docs { token } } }' }),
    })
    expect(JSON.stringify(await anonymousGraphql.json())).not.toMatch(/[A-Za-z0-9_-]{43}/)
  })

  it('once the release is public the link says so, so the page can send the reader to it', async () => {
    const release = await embargoed('quokka-was-embargoed', inOneHour())
    const link = await createLink(release.id)
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      data: { embargoUntil: null } as never,
    })
    expect((await queryEmbargoLink(payload, 'en', link.token!))?.isPublic).toBe(true)
  })
})
