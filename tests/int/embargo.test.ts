// Embargoes: a release is hidden from the public until its time, and publishes itself at that
// time through the job runner, refreshing the pages that list it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'
import { recordRevalidatedTags } from '../helpers/revalidatedTags'

const revalidated = recordRevalidatedTags()
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')

const { queryNewsRelease, queryNewsReleases } = await import('@/content/queries/newsReleases')
const { querySearch } = await import('@/content/queries/search')
const { sitemapDocuments } = await import('../helpers/sitemap')
const { queryPressContact } = await import('@/content/queries/pressContacts')
const { cronSecret } = await import('@/lib/secrets')
const {
  embargoed,
  graphql,
  inOneHour,
  pendingJobs,
  sleep,
  startEmbargoFixtures,
  stopEmbargoFixtures,
} = await import('./embargo/fixtures')
type Fixtures = Awaited<ReturnType<typeof startEmbargoFixtures>>

let payload: Payload
let api: Fixtures['api']
let staffAuth: Record<string, string>
let contact: Fixtures['contact']

beforeAll(async () => {
  ;({ payload, api, staffAuth, contact } = await startEmbargoFixtures())
})
afterAll(async () => {
  await stopEmbargoFixtures()
})
beforeEach(() => {
  revalidated.length = 0
})

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
    expect((await sitemapDocuments(payload)).map((item) => item.slug)).not.toContain(
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
