// The REST API's work is bounded: depth, limit, page and filters have ceilings, lower for the
// anonymous; past one, a 400 that names it, in the client's language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ceilings } from '@/api-guards/ceilings'
import type { ApiServer } from '../helpers/httpServer'
import { get, restCollections, startCeilingsApi, stopCeilingsApi } from './ceilings/api'

let api: ApiServer
let auth: Record<string, string>
let releaseId: number | string
let areaId: number | string

beforeAll(async () => {
  ;({ api, auth, releaseId, areaId } = await startCeilingsApi())
})
afterAll(async () => {
  await stopCeilingsApi()
})

describe('REST depth', () => {
  it.each(restCollections)(
    '%s: depth past the ceiling is a 400 naming it, for the anonymous and for staff',
    async (collection) => {
      const anonymous = await get(`/api/${collection}?depth=10`)
      expect(anonymous.status).toBe(400)
      expect(anonymous.message).toContain(`"depth" may be at most ${ceilings.anonymous.depth}`)
      const staff = await get(`/api/${collection}?depth=100`, auth)
      expect(staff.status).toBe(400)
      expect(staff.message).toContain(`at most ${ceilings.staff.depth}`)
    },
  )

  it('gives staff one level more than the anonymous, in the client’s language', async () => {
    const anonymous = await get(`/api/news-releases?depth=${ceilings.staff.depth}`, {
      'Accept-Language': 'ja',
    })
    expect(anonymous.status).toBe(400)
    expect(anonymous.message).toContain('「depth」')
    expect((await get(`/api/news-releases?depth=${ceilings.staff.depth}`, auth)).status).toBe(200)
  })

  it('populates one level by default', async () => {
    const { status, body } = await get(`/api/news-releases/${releaseId}`)
    expect(status).toBe(200)
    expect(body.focusAreas[0]).toMatchObject({ id: areaId })
    // The focus area's own links stay ids.
    expect(body.focusAreas[0].partners).toHaveLength(1)
    expect(typeof body.focusAreas[0].partners[0]).not.toBe('object')
  })

  it('refuses a depth that is not a whole number, arrays included', async () => {
    for (const query of ['depth=-1', 'depth=1.5', 'depth[0]=5', 'depth[a]=1']) {
      const { status, message } = await get(`/api/news-releases?${query}`)
      expect([query, status]).toEqual([query, 400])
      expect(message).toContain('"depth"')
    }
  })
})

describe('REST limit and paging', () => {
  it('refuses a limit past the ceiling, 0 (which means all) and pagination=false', async () => {
    expect((await get(`/api/contacts?limit=${ceilings.anonymous.limit}`)).status).toBe(200)
    expect((await get(`/api/contacts?limit=${ceilings.anonymous.limit + 1}`)).message).toContain(
      `between 1 and ${ceilings.anonymous.limit}`,
    )
    expect((await get(`/api/contacts?limit=${ceilings.staff.limit}`, auth)).status).toBe(200)
    expect((await get(`/api/contacts?limit=${ceilings.staff.limit + 1}`, auth)).status).toBe(400)
    expect((await get('/api/news-releases?limit=0')).status).toBe(400)
    const unpaginated = await get('/api/news-releases?pagination=false', {
      'Accept-Language': 'es',
    })
    expect(unpaginated.status).toBe(400)
    expect(unpaginated.message).toContain('«pagination=false»')
  })

  it('refuses a page past the ceiling', async () => {
    expect((await get(`/api/news-releases?page=${ceilings.page}`)).status).toBe(200)
    expect((await get(`/api/news-releases?page=${ceilings.page + 1}`)).status).toBe(400)
    expect((await get('/api/news-releases?page=0')).status).toBe(400)
  })

  it('applies to a POST that asks to be run as a GET', async () => {
    const res = await fetch(`${api.url}/api/news-releases`, {
      method: 'POST',
      headers: {
        'X-HTTP-Method-Override': 'GET',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'depth=10&limit=5',
    })
    expect(res.status).toBe(400)
  })
})

describe('REST filters', () => {
  it.each([
    ['where[id][in]=1,2,abc', 'is not an id'],
    ['where[id][equals]=1abc', 'is not an id'],
    ['where[focusAreas][equals]=abc', 'is not an id'],
    ['where[committee][in]=x', 'is not an id'],
    ['where[id][equals][0]=1', 'takes one value'],
    ['where[title][like][a]=b', 'takes one value'],
    ['where[title][near]=1,2,3', 'cannot be used'],
    ['where={', 'is not valid JSON'],
    ['data={', 'is not valid JSON'],
  ])('%s is a 400: %s', async (query, expected) => {
    const { status, message } = await get(`/api/news-releases?${query}`)
    expect(status).toBe(400)
    expect(message).toContain(expected)
  })

  it('refuses a filter with too many or too deeply nested conditions', async () => {
    const many = Array.from(
      { length: ceilings.whereConditions + 1 },
      (_, i) => `where[or][${i}][slug][equals]=s${i}`,
    ).join('&')
    expect((await get(`/api/news-releases?${many}`)).status).toBe(400)
    let deep: Record<string, unknown> = { slug: { equals: 'x' } }
    for (let i = 0; i <= ceilings.whereDepth; i++) deep = { or: [deep] }
    expect(
      (await get(`/api/news-releases?where=${encodeURIComponent(JSON.stringify(deep))}`)).message,
    ).toContain('too complex')
    // 100,000 levels, in a form body run as a GET: still a 400, not a stack overflow.
    const abyss = `${'{"or":['.repeat(100_000)}{}${']}'.repeat(100_000)}`
    const res = await fetch(`${api.url}/api/news-releases`, {
      method: 'POST',
      headers: {
        'X-HTTP-Method-Override': 'GET',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: `where=${encodeURIComponent(abyss)}`,
    })
    expect(res.status).toBe(400)
  })

  it('still finds by valid ids and relations', async () => {
    const byId = await get(`/api/news-releases?where[id][in]=${releaseId},99999&depth=0`)
    expect(byId.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([releaseId])
    const byArea = await get(`/api/news-releases?where[focusAreas][equals]=${areaId}&depth=0`)
    expect(byArea.body.totalDocs).toBe(1)
  })

  it('gives Payload’s own refusal in the client’s language', async () => {
    const { status, message } = await get('/api/contacts?where[personalMobile][exists]=true', {
      'Accept-Language': 'es',
    })
    expect(status).toBe(400)
    expect(message).toBe('No se puede filtrar ni ordenar por: personalMobile.')
  })
})
