// A job whose instance died mid-run: Payload leaves it marked `processing` and never runs it again,
// so an embargo lift would never happen. The runner's recovery call hands it back to the queue.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')
const { queryNewsRelease } = await import('@/content/queries/newsReleases')
const { cronSecret } = await import('@/lib/secrets')
const { STUCK_AFTER_MS } = await import('@/jobs/stuckJobs')
const { pendingJobs, sleep, startEmbargoFixtures, stopEmbargoFixtures } =
  await import('./embargo/fixtures')

let payload: Payload
let apiUrl: string

beforeAll(async () => {
  const fixtures = await startEmbargoFixtures()
  payload = fixtures.payload
  apiUrl = fixtures.api.url
})
afterAll(async () => {
  await stopEmbargoFixtures()
})

const asRunner = { authorization: `Bearer ${cronSecret()}` }
const recover = async (headers: Record<string, string> = asRunner) =>
  fetch(`${apiUrl}/api/payload-jobs/recover`, { method: 'POST', headers })
const runDueJobs = async () => {
  const response = await fetch(`${apiUrl}/api/payload-jobs/run`, { headers: asRunner })
  expect(response.status).toBe(200)
}

/** A draft due to publish in a moment, its lift queued, as an editor leaves it. */
const draftDueSoon = async (slug: string) => {
  const doc = await payload.create({
    collection: 'news-releases',
    draft: true,
    data: {
      ...validData['news-releases'](),
      slug,
      title: `Quokka count ${slug}`,
      embargoUntil: new Date(Date.now() + 1500).toISOString(),
      _status: 'draft',
    } as never,
  })
  const [job] = await pendingJobs(doc.id)
  expect(job).toBeDefined()
  return { doc, job }
}

/** The state an instance leaves when it dies after claiming the job: marked, touched `ago` ms back. */
const claimedByADeadInstance = async (id: number | string, ago: number, totalTried = 0) => {
  await payload.db.updateOne({
    collection: 'payload-jobs',
    id,
    data: { processing: true, totalTried, updatedAt: new Date(Date.now() - ago).toISOString() },
  })
  const job = await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })
  expect(job.processing).toBe(true)
  expect(Date.parse(job.updatedAt)).toBeLessThan(Date.now() - ago + 1000)
}

describe('a job whose instance stopped mid-run', () => {
  it('is run again after recovery, and the release publishes', async () => {
    const { doc, job } = await draftDueSoon('quokka-orphan')
    await sleep(1600)
    await claimedByADeadInstance(job.id, STUCK_AFTER_MS + 60_000)

    // Without recovery Payload skips it: the embargo would never lift.
    await runDueJobs()
    expect(await queryNewsRelease(payload, 'en', 'quokka-orphan')).toBeNull()

    const response = await recover()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ released: [job.id], givenUp: [] })
    await runDueJobs()
    expect((await queryNewsRelease(payload, 'en', 'quokka-orphan'))?.title?.value).toBe(
      'Quokka count quokka-orphan',
    )
    expect(await pendingJobs(doc.id)).toEqual([])
  })

  it('is left alone while its run may still be going, so it does not run twice', async () => {
    const { job } = await draftDueSoon('quokka-running')
    await sleep(1600)
    await claimedByADeadInstance(job.id, 10_000)
    expect(await (await recover()).json()).toEqual({ released: [], givenUp: [] })
    const still = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })
    expect(still.processing).toBe(true)
  })

  it('is given up, with a reason, once it has stopped an instance on every try its task allows', async () => {
    const { job } = await draftDueSoon('quokka-poison')
    // liftEmbargo allows 3 retries: this is its fourth stopped run.
    await claimedByADeadInstance(job.id, STUCK_AFTER_MS + 1000, 3)
    expect(await (await recover()).json()).toEqual({ released: [], givenUp: [job.id] })
    const given = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })
    expect(given).toMatchObject({ processing: false, hasError: true, totalTried: 4 })
    expect(JSON.stringify(given.error)).toContain('stopped 4 times')
    await runDueJobs()
    expect(await queryNewsRelease(payload, 'en', 'quokka-poison')).toBeNull()
  })

  it('may be recovered only by the runner holding the cron secret, or staff', async () => {
    expect((await recover({})).status).toBe(401)
    expect((await recover({ authorization: 'Bearer guess' })).status).toBe(401)
  })
})
