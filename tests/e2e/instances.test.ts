// Two app instances behind one nginx, sharing the database and a real Redis (Debian's
// redis-server): a change published through one is served by the other and by the front door
// within 2 s, and a client's press-room budget is one across both. On servers of their own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { adminCredentials } from '@/seed/adminUser'
import { startSeededServer, stopSeededServer } from '../../scripts/seededServer.js'
import { startTestRedis } from '../helpers/redisServer'
import { rawRequest } from './helpers/raw'

const PRESS_LIMIT = 4
let redis: Awaited<ReturnType<typeof startTestRedis>>
let server: Awaited<ReturnType<typeof startSeededServer>>
beforeAll(async () => {
  redis = await startTestRedis()
  server = await startSeededServer({
    build: false,
    instances: 2,
    env: { REDIS_URL: redis.url, PRESS_RATE_LIMIT: String(PRESS_LIMIT) },
  })
}, 240_000)
afterAll(async () => {
  if (server) await stopSeededServer(server)
  await redis?.close()
})

const text = async (url: string) =>
  (await fetch(url, { signal: AbortSignal.timeout(30_000) })).text()

/** Ms until every URL shows `expected`, asking each every 100 ms, or Infinity after 10 s. */
const msUntilAllShow = async (urls: string[], expected: string, since: number) => {
  const waiting = new Set(urls)
  while (waiting.size > 0 && Date.now() - since < 10_000) {
    for (const url of [...waiting]) if ((await text(url)).includes(expected)) waiting.delete(url)
    if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return waiting.size === 0 ? Date.now() - since : Infinity
}

const signIn = async (base: string) => {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  const { token } = (await login.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

describe('several instances', () => {
  it('serve a Spanish change published through one instance from the other and the front door within 2 s: page, list and feed', async () => {
    const [first, second] = server.apps
    const auth = await signIn(first.url)
    // The newest release readers can see (not one scheduled or under embargo).
    const query = new URLSearchParams({
      locale: 'es',
      limit: '1',
      depth: '0',
      sort: '-publishedAt',
      'where[_status][equals]': 'published',
      'where[publishedAt][less_than_equal]': new Date().toISOString(),
    })
    const listed = await fetch(`${first.url}/api/news-releases?${query}`, { headers: auth })
    const release = ((await listed.json()) as { docs: { id: number; slug: string }[] }).docs[0]
    const urls = [
      `${second.url}/es/noticias/${release.slug}`,
      `${second.url}/es/noticias`,
      `${second.url}/es/feed.xml`,
      `${server.url}/es/noticias/${release.slug}`,
    ]
    // Cached everywhere first, so the test shows a cache refreshed rather than one never filled.
    for (const url of urls) for (let i = 0; i < 2; i++) await text(url)
    const title = `Título publicado en la instancia 1, ${Date.now()}`
    for (const url of urls) expect(await text(url)).not.toContain(title)

    const published = await fetch(
      `${first.url}/api/news-releases/${release.id}?locale=es&publishSpecificLocale=es`,
      { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) },
    )
    expect(published.status).toBe(200)
    expect(await msUntilAllShow(urls, title, Date.now())).toBeLessThanOrEqual(2000)
  })

  it('count one press-room budget per client, whichever instance answers', async () => {
    const [first, second] = server.apps
    const client = '127.0.0.91'
    const statuses = []
    for (const app of [first, second, first, second])
      statuses.push((await rawRequest('/en/press', { base: app.url, localAddress: client })).status)
    expect(statuses).toEqual(Array(PRESS_LIMIT).fill(200))
    expect((await rawRequest('/en/press', { base: second.url, localAddress: client })).status).toBe(
      429,
    )
    expect((await rawRequest('/en/press', { base: server.url, localAddress: client })).status).toBe(
      429,
    )
    // Another client still has its own budget.
    expect(
      (await rawRequest('/en/press', { base: server.url, localAddress: '127.0.0.92' })).status,
    ).toBe(200)
  })

  it('lift a due embargo once, though both run due jobs every second', async () => {
    const [first] = server.apps
    const auth = await signIn(first.url)
    const api = async (path: string, init: RequestInit = {}) =>
      (await fetch(`${first.url}/api${path}`, { headers: auth, ...init })).json() as Promise<
        Record<string, any>
      >
    const versions = async (id: number) =>
      (await api(`/news-releases/versions?where[parent][equals]=${id}&limit=50&depth=0`)).docs
        .length as number
    // Several lifts due at the same moment, so the instances' runners meet over them.
    const embargoUntil = new Date(Date.now() + 5000).toISOString()
    const ids: number[] = []
    for (let i = 0; i < 6; i++) {
      const created = await api('/news-releases?draft=true', {
        method: 'POST',
        body: JSON.stringify({
          title: `Lifted once ${i}`,
          slug: `lifted-once-${Date.now()}-${i}`,
          scope: 'global',
          embargoUntil,
          embargoUntil_tz: 'Asia/Tokyo',
          _status: 'draft',
        }),
      })
      ids.push(created.doc.id)
    }
    const before = await Promise.all(ids.map(versions))
    const published = async () =>
      (await Promise.all(ids.map((id) => api(`/news-releases/${id}?depth=0`)))).every(
        (doc) => doc._status === 'published',
      )
    const deadline = Date.now() + 40_000
    while (!(await published()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await published()).toBe(true)
    // Time for a second run, if there were one, to have saved its version too.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(await Promise.all(ids.map(versions))).toEqual(before.map((count) => count + 1))
  })
})
