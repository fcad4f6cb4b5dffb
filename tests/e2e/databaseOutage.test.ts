// The database goes away while the stack (nginx in front of next start) serves: cached pages keep
// coming, everything else is a 503 in the reader's language with Retry-After (JSON from the API),
// nothing hangs, and service comes back by itself. On a server of its own: the outage would
// disturb the other browser tests.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startSeededServer, stopSeededServer } from '../../scripts/seededServer.js'
import { lockDatabase } from '../../scripts/faults/lockDatabase'

let server: Awaited<ReturnType<typeof startSeededServer>>
beforeAll(async () => {
  server = await startSeededServer({ build: false })
}, 180_000)
afterAll(async () => {
  if (server) await stopSeededServer(server)
})

// Bounded: a request that hangs fails the test instead of waiting for ever.
const get = async (path: string, language = 'en') => {
  const res = await fetch(`${server.url}${path}`, {
    headers: { 'Accept-Language': language },
    signal: AbortSignal.timeout(30_000),
    redirect: 'manual',
  })
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() }
}

it('serves cached pages, answers the rest with 503 and Retry-After, and recovers by itself', async () => {
  for (const path of ['/en', '/ja/news', '/es']) expect((await get(path)).status).toBe(200)
  const unlock = await lockDatabase(server.env.DATABASE_URI.slice('file:'.length))
  try {
    // Until the server knows, requests that reach the database wait on SQLite's own lock retries
    // (about 10 s each); the job runner's calls every second tell it soon.
    let noticed = 0
    for (let attempt = 0; attempt < 60 && noticed !== 503; attempt++)
      noticed = (await get('/api/news-releases?depth=0&limit=1')).status
    expect(noticed).toBe(503)
    // Pages Next has cached are still served.
    for (const path of ['/en', '/ja/news', '/es']) expect((await get(path)).status).toBe(200)
    // A search reads the database on every request: the front door's page, in the reader's language.
    const search = await get('/es/buscar?q=trata', 'es')
    expect(search.status).toBe(503)
    expect(Number(search.retryAfter)).toBeGreaterThan(0)
    expect(search.text).toContain('lang="es"')
    expect(search.text).toContain('href="/es"')
    // The API says so in JSON, in the client's language.
    const api = await get('/api/news-releases?depth=0', 'ja')
    expect(api.status).toBe(503)
    expect(Number(api.retryAfter)).toBeGreaterThan(0)
    expect((JSON.parse(api.text) as { errors: { message: string }[] }).errors[0].message).toContain(
      'データベース',
    )
  } finally {
    await unlock()
  }
  let status = 0
  for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    status = (await get('/es/buscar?q=trata', 'es')).status
  }
  expect(status).toBe(200)
  expect((await get('/api/news-releases?depth=0')).status).toBe(200)
}, 120_000)
