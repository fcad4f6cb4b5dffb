// What an anonymous reader can and cannot do, through REST, GraphQL and the Local API: writes,
// drafts, users and public reads.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { Forbidden } from 'payload'
import type { ApiServer } from '../helpers/httpServer'
import { updateOf, validData } from '../helpers/fixtures'
import { graphql, startAccessFixtures, stopAccessFixtures } from './access/fixtures'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let ids: Partial<Record<CollectionSlug, number | string>>
let draftId: number | string
let publishedWithDraftId: number | string

beforeAll(async () => {
  ;({ payload, api, auth, ids, draftId, publishedWithDraftId } = await startAccessFixtures())
})
afterAll(async () => {
  await stopAccessFixtures()
})

const writable = [
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'news-releases',
  'media',
  'users',
] as const

describe.each(writable)('anonymous writes to %s', (collection) => {
  it('REST create, update and delete are refused with 403 and change nothing', async () => {
    const before = await payload.count({ collection, overrideAccess: true })
    const data =
      collection === 'media' ? { alt: 'x' } : validData[collection as keyof typeof validData]()
    const create = await fetch(`${api.url}/api/${collection}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    })
    expect(create.status).toBe(403)
    expect(((await create.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /not allowed/i,
    )

    const target = ids[collection]
    if (target !== undefined) {
      const { field, value } = updateOf[collection]
      const patch = await fetch(`${api.url}/api/${collection}/${target}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ [field]: value }),
      })
      expect(patch.status).toBe(403)
      const del = await fetch(`${api.url}/api/${collection}/${target}`, { method: 'DELETE' })
      expect(del.status).toBe(403)
      const stored = (await payload.findByID({
        collection,
        id: target,
        draft: true,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      expect(stored[field]).not.toBe(value)
    }
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('the Local API without access rights refuses too', async () => {
    const data =
      collection === 'media' ? { alt: 'x' } : validData[collection as keyof typeof validData]()
    await expect(
      payload.create({ collection, data: data as never, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    const target = ids[collection]
    if (target !== undefined) {
      await expect(
        payload.delete({ collection, id: target, overrideAccess: false }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
  })
})

describe('GraphQL writes', () => {
  it('an anonymous mutation is refused', async () => {
    const { body } = await graphql(
      'mutation { createPartner(data: { name: "Nope", country: NG }) { id } }',
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(
      (
        await payload.count({
          collection: 'partners',
          where: { name: { equals: 'Nope' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('drafts', () => {
  it('an unpublished release is invisible to the anonymous, in lists and by id, even with draft=true', async () => {
    const list = (await (await fetch(`${api.url}/api/news-releases?limit=50`)).json()) as {
      docs: { id: unknown; title: string }[]
    }
    expect(list.docs.map((doc) => doc.id)).not.toContain(draftId)
    expect(list.docs.length).toBeGreaterThan(0)
    expect((await fetch(`${api.url}/api/news-releases/${draftId}`)).status).toBe(404)
    expect((await fetch(`${api.url}/api/news-releases/${draftId}?draft=true`)).status).toBe(404)
    const versions = await fetch(`${api.url}/api/news-releases/versions`)
    expect(versions.status).toBe(403)
  })

  it('the anonymous see the published text, not a newer draft', async () => {
    const res = await fetch(`${api.url}/api/news-releases/${publishedWithDraftId}?draft=true`)
    expect(((await res.json()) as { title: string }).title).toBe('Public title')
    const { body } = await graphql(`
      {
        NewsReleases(draft: true, limit: 50) {
          docs {
            id
            title
          }
        }
      }
    `)
    const titles = body.data?.NewsReleases.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Public title')
    expect(titles).not.toContain('Unpublished rewrite')
    expect(titles).not.toContain('Embargoed draft')
  })

  it('staff see drafts', async () => {
    const res = await fetch(`${api.url}/api/news-releases/${draftId}?draft=true`, { headers: auth })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { title: string }).title).toBe('Embargoed draft')
  })

  it('the Local API without access rights hides drafts', async () => {
    const result = await payload.find({
      collection: 'news-releases',
      overrideAccess: false,
      draft: true,
      limit: 100,
    })
    expect(result.docs.map((doc) => doc.title)).not.toContain('Embargoed draft')
    expect(result.docs.map((doc) => doc.title)).not.toContain('Unpublished rewrite')
  })
})

describe('users', () => {
  it('the anonymous cannot list or read users, by REST or GraphQL', async () => {
    expect((await fetch(`${api.url}/api/users`)).status).toBe(403)
    expect((await fetch(`${api.url}/api/users/${ids.users}`)).status).toBe(403)
    const { body } = await graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(body.data ?? {})).not.toContain('@example.org')
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('public reads', () => {
  it.each(['focus-areas', 'committees', 'partners', 'contacts', 'news-releases', 'media'])(
    'the anonymous can read published %s',
    async (collection) => {
      const res = await fetch(`${api.url}/api/${collection}`)
      expect(res.status).toBe(200)
    },
  )
})
