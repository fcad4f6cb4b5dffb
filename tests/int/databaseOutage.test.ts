// The database goes away and comes back: the API (and the search index) answers 503 with
// Retry-After in the client's language, quickly once the outage is known, loses no write, and
// serves again by itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { querySearch } from '@/content/queries/search'
import { isMongoUri } from '@/db/databaseUri'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { validData } from '../helpers/fixtures'
import { lockDatabase } from '../../scripts/faults/lockDatabase'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

// The outage is made by locking the SQLite file; on MongoDB it would be stopping the server.
const sqlite = !isMongoUri(process.env.DATABASE_URI)
const describeSqlite = sqlite ? describe : describe.skip

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let releaseId: number | string

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  releaseId = (
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), title: 'Before the outage' },
    })
  ).id
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

// Every request is bounded: one that hangs fails the test rather than waiting for ever.
const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${api.url}${path}`, { ...init, signal: AbortSignal.timeout(30_000) })
  const body = (await res.json()) as {
    errors?: { message: string }[]
    title?: string
    docs?: unknown[]
  }
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    message: body.errors?.[0]?.message ?? '',
  }
}

describeSqlite('while the database is away', () => {
  it('answers 503 with Retry-After, loses no write, and serves again once it is back', async () => {
    const file = process.env.DATABASE_URI!.slice('file:'.length)
    expect((await call('/api/news-releases?depth=0')).status).toBe(200)

    const unlock = await lockDatabase(file)
    try {
      const read = await call('/api/news-releases?depth=0', {
        headers: { 'Accept-Language': 'ja' },
      })
      expect(read.status).toBe(503)
      expect(read.message).toContain('データベースが応答していません')
      expect(Number(read.retryAfter)).toBeGreaterThan(0)
      // Known to be away: the next ones fail at once, GraphQL and a write included.
      const graphql = await call('/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'es' },
        body: JSON.stringify({ query: '{ NewsReleases { docs { title } } }' }),
      })
      expect(graphql.status).toBe(503)
      expect(graphql.message).toContain('La base de datos no responde')
      const write = await call(`/api/news-releases/${releaseId}`, {
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Written during the outage' }),
      })
      expect(write.status).toBe(503)
      expect(write.message).toContain('The database is not answering')
      // The search index's own queries too: the site's 503 at once, not a wait on the driver.
      await expect(querySearch(payload, 'en', 'outage')).rejects.toMatchObject({
        name: 'DatabaseUnavailableError',
        status: 503,
      })
    } finally {
      await unlock()
    }

    // Back without a restart: within the retry interval, a request gets through again.
    let status = 0
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await call('/api/news-releases?depth=0')).status
    }
    expect(status).toBe(200)
    // The refused write changed nothing; the next one goes through whole.
    expect(
      (await call(`/api/news-releases/${releaseId}?depth=0`, { headers: auth })).body.title,
    ).toBe('Before the outage')
    const retried = await call(`/api/news-releases/${releaseId}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'After the outage' }),
    })
    expect(retried.status).toBe(200)
    expect((await call(`/api/news-releases/${releaseId}?depth=0`)).body.title).toBe(
      'After the outage',
    )
    expect((await querySearch(payload, 'en', 'after outage')).totalItems).toBe(1)
  }, 120_000)
})
