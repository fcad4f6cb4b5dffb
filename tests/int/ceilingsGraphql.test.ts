// GraphQL's nesting, fields, limits and cost have ceilings, as does a response's size. Unknown
// routes and ids of the wrong shape are 404s, never 500s.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ceilings } from '@/api-guards/ceilings'
import { finishApiResponse } from '@/api-guards/apiResponse'
import type { ApiServer } from '../helpers/httpServer'
import { get, graphql, startCeilingsApi, stopCeilingsApi } from './ceilings/api'

let api: ApiServer
let auth: Record<string, string>
let releaseId: number | string

beforeAll(async () => {
  ;({ api, auth, releaseId } = await startCeilingsApi())
})
afterAll(async () => {
  await stopCeilingsApi()
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
