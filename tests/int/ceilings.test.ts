// Every API request's work is bounded: depth, limit, page, filters and GraphQL nesting, fields,
// limits and cost have ceilings, lower for the anonymous; past one, a 400 that names it, in the
// client's language. Unknown routes and ids of the wrong shape are 404s, never 500s.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { ceilings } from '@/api-guards/ceilings'
import { finishApiResponse } from '@/api-guards/apiResponse'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { validData } from '../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let releaseId: number | string
let areaId: number | string

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  const committee = await payload.create({ collection: 'committees', data: validData.committees() })
  const partner = await payload.create({ collection: 'partners', data: validData.partners() })
  const area = await payload.create({
    collection: 'focus-areas',
    data: { ...validData['focus-areas'](), partners: [partner.id] },
  })
  await payload.update({ collection: 'partners', id: partner.id, data: { focusAreas: [area.id] } })
  areaId = area.id
  releaseId = (
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), focusAreas: [area.id], committee: committee.id },
    })
  ).id
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

type Answer = { status: number; body: Record<string, any>; message: string }
const get = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await fetch(`${api.url}${path}`, { headers })
  const body = (await res.json()) as Record<string, any>
  return { status: res.status, body, message: body.errors?.[0]?.message ?? '' }
}
const graphql = async (query: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  const body = (await res.json()) as Record<string, any>
  return {
    status: res.status,
    body,
    message: body.errors?.map((error: { message: string }) => error.message).join(' | ') ?? '',
  }
}

const restCollections = [
  'news-releases',
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'media',
  'users',
  'embargo-links',
]

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

describe('REST routes', () => {
  it.each([
    '/api/__proto__',
    '/api/constructor',
    '/api/prototype',
    '/api/nope',
    '/api/globals/nope',
    '/api/globals/__proto__',
    '/api/news-releases/1abc',
    '/api/news-releases/-1',
    '/api/news-releases/1.5',
    '/api/news-releases/versions/abc',
  ])('%s is a 404 with a message', async (path) => {
    const { status, message } = await get(path)
    expect(status).toBe(404)
    expect(message).toMatch(/nothing at|not found/i)
  })

  it('a collection without REST routes and a file that is not there are 404s', async () => {
    expect((await get('/api/payload-migrations')).status).toBe(404)
    const missing = await get('/api/media/file/nope.png', { 'Accept-Language': 'es' })
    expect(missing.status).toBe(404)
    expect(missing.message).toBe('Ese archivo no existe.')
  })

  it('keeps the routes Payload has', async () => {
    expect((await get(`/api/news-releases/${releaseId}?depth=0`)).status).toBe(200)
    expect((await get('/api/news-releases/count')).body.totalDocs).toBe(1)
    expect((await get('/api/users/me', auth)).body.user.email).toBe('editor@example.org')
    expect((await get('/api/globals/site-settings?depth=0')).status).toBe(200)
    expect((await get('/api/access', auth)).status).toBe(200)
  })
})

describe('GraphQL', () => {
  const nested = (levels: number) => {
    // Releases → focus areas → partners → focus areas → …, `levels` fields deep in all.
    let inner = 'id'
    for (let level = levels - 1; level >= 3; level--)
      inner = `${level % 2 ? 'focusAreas' : 'partners'} { ${inner} }`
    return `{ NewsReleases { docs { ${inner} } } }`
  }

  it('refuses nesting past the ceiling before running anything, lower for the anonymous', async () => {
    expect((await graphql(nested(ceilings.anonymous.graphqlDepth))).status).toBe(200)
    const deep = await graphql(nested(ceilings.anonymous.graphqlDepth + 1), {
      'Accept-Language': 'ja',
    })
    expect(deep.status).toBe(400)
    expect(deep.message).toContain(`${ceilings.anonymous.graphqlDepth} 段まで`)
    expect((await graphql(nested(ceilings.staff.graphqlDepth), auth)).status).toBe(200)
    expect((await graphql(nested(ceilings.staff.graphqlDepth + 1), auth)).status).toBe(400)
    expect((await graphql(nested(40), auth)).message).toContain('levels deep')
  })

  it('refuses many aliases of root fields', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: Partners { totalDocs }`).join(' ')} }`
    expect((await graphql(aliases(ceilings.anonymous.graphqlRootFields))).status).toBe(200)
    const many = await graphql(aliases(ceilings.anonymous.graphqlRootFields + 1))
    expect(many.status).toBe(400)
    expect(many.message).toContain('top-level fields')
    expect((await graphql(aliases(1000), auth)).status).toBe(400)
  })

  it('refuses a limit past the ceiling, in literals and variables, and pagination: false', async () => {
    expect(
      (await graphql(`{ Partners(limit: ${ceilings.anonymous.limit + 1}) { totalDocs } }`)).message,
    ).toContain('"limit"')
    expect((await graphql('{ Partners(limit: 0) { totalDocs } }')).status).toBe(400)
    expect((await graphql('{ Partners(pagination: false) { totalDocs } }')).status).toBe(400)
    const res = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'query Q($n: Int) { Partners(limit: $n) { totalDocs } }',
        variables: { n: 100000 },
      }),
    })
    expect(res.status).toBe(400)
  })

  it('refuses subscriptions, fragment cycles and fragments that fan out, before anything runs', async () => {
    expect((await graphql('subscription { x }')).message).toContain('not subscriptions')
    expect(
      (await graphql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).message,
    ).toContain('cycle')
    expect((await graphql('{ ...F } fragment F on Query { ...F }')).status).toBe(400)
    // 2^24 spreads of one field, in 24 short fragments.
    const fanOut = Array.from(
      { length: 24 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ')
    const refused = await graphql(
      `
        {
          ...F0
        }
        ${fanOut}
        fragment F24 on Query {
          Partners {
            totalDocs
          }
        }
      `,
      auth,
    )
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('too costly')
    // The server still answers.
    expect((await graphql('{ Partners { totalDocs } }')).status).toBe(200)
  })

  it('refuses a costly query for the anonymous, in their language', async () => {
    const fields = 'id title slug summary createdAt updatedAt'
    const areas = Array.from({ length: 4 }, (_, i) => `a${i}: focusAreas { ${fields} }`).join(' ')
    const release = `NewsReleases { docs { ${fields} publishedAt ${areas} } }`
    const costly = `{ ${Array.from({ length: ceilings.anonymous.graphqlRootFields }, (_, i) => `r${i}: ${release}`).join(' ')} }`
    // Staff may: their ceiling is higher.
    expect((await graphql(costly, auth)).status).toBe(200)
    const { status, message } = await graphql(costly, { 'Accept-Language': 'es' })
    expect(status).toBe(400)
    expect(message).toContain('demasiado costosa')
  })
})

describe('response size', () => {
  it('refuses a JSON answer past the ceiling, and passes files untouched', async () => {
    const request = new Request('http://localhost/api/news-releases', {
      headers: { 'Accept-Language': 'ja' },
    })
    const huge = 'x'.repeat(ceilings.responseMegabytes * 1024 * 1024 + 1)
    const refused = await finishApiResponse(request, Response.json({ docs: [huge] }))
    expect(refused.status).toBe(400)
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0].message,
    ).toContain(`${ceilings.responseMegabytes} MB`)
    const file = await finishApiResponse(
      request,
      new Response(huge, { headers: { 'Content-Type': 'image/png' } }),
    )
    expect(file.status).toBe(200)
  })
})
