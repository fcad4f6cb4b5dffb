// What an anonymous reader can and cannot do, through REST, GraphQL and the Local API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { Forbidden } from 'payload'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { updateOf, validData } from '../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
const ids: Partial<Record<CollectionSlug, number | string>> = {}
let secretContactId: number | string
let internalContactId: number | string
let draftId: number | string
let publishedWithDraftId: number | string

const SECRET_NOTE = 'Prefers calls after 18:00; do not share'

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  const staff = await createStaff(payload)
  auth = staff.auth
  ids.users = staff.user.id
  for (const collection of [
    'focus-areas',
    'committees',
    'partners',
    'contacts',
    'news-releases',
  ] as const) {
    ids[collection] = (
      await payload.create({ collection, data: validData[collection]() as never })
    ).id
  }
  const secret = await payload.create({
    collection: 'contacts',
    data: {
      ...validData.contacts(),
      name: 'Zoe Secret',
      personalMobile: '+44 20 7946 0555',
      internalNotes: SECRET_NOTE,
    },
  })
  secretContactId = secret.id
  // Not for the press: the API should show it to the anonymous exactly as REST does.
  internalContactId = (
    await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), name: 'Ian Internal', isPressContact: false },
    })
  ).id
  await payload.update({
    collection: 'news-releases',
    id: ids['news-releases']!,
    data: { pressContacts: [secret.id] },
  })

  const draft = await payload.create({
    collection: 'news-releases',
    draft: true,
    data: { ...validData['news-releases'](), title: 'Embargoed draft', _status: 'draft' },
  })
  draftId = draft.id
  const published = await payload.create({
    collection: 'news-releases',
    data: { ...validData['news-releases'](), title: 'Public title' },
  })
  publishedWithDraftId = published.id
  await payload.update({
    collection: 'news-releases',
    id: published.id,
    draft: true,
    data: { title: 'Unpublished rewrite', _status: 'draft' },
  })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, any>; errors?: { message: string }[] },
  }
}

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

describe('staff-only contact fields', () => {
  const leaks = (text: string) =>
    text.includes(SECRET_NOTE) || text.includes('7946 0555') || text.includes('2079460555')

  it('are absent from REST reads, lists, selects and populated relations', async () => {
    for (const path of [
      `/api/contacts/${secretContactId}`,
      '/api/contacts?limit=50',
      `/api/contacts?select[internalNotes]=true&select[personalMobile]=true`,
      `/api/news-releases/${ids['news-releases']}?depth=1`,
      `/api/contacts/${secretContactId}?locale=all`,
    ]) {
      const res = await fetch(`${api.url}${path}`)
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(leaks(text)).toBe(false)
      expect(text).not.toContain('internalNotes')
      expect(text).not.toContain('personalMobile')
    }
    const populated = (await (
      await fetch(`${api.url}/api/news-releases/${ids['news-releases']}?depth=1`)
    ).json()) as {
      pressContacts: { name: string }[]
    }
    expect(populated.pressContacts[0].name).toBe('Zoe Secret')
  })

  it.each([
    'where[internalNotes][exists]=true',
    'where[internalNotes][like]=share',
    'where[personalMobile][equals]=%2B442079460555',
    'where[or][0][internalNotes][exists]=true&where[or][1][name][exists]=false',
  ])('cannot be probed with a filter: %s', async (query) => {
    const res = await fetch(`${api.url}/api/contacts?${query}`)
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(text).not.toContain('Zoe Secret')
    expect(leaks(text)).toBe(false)
  })

  it('cannot be probed through a relation from news releases', async () => {
    const res = await fetch(
      `${api.url}/api/news-releases?where[pressContacts.internalNotes][exists]=true`,
    )
    expect(res.status).toBe(400)
  })

  it.each(['internalNotes', '-internalNotes', 'personalMobile'])(
    'cannot be probed by sorting on %s',
    async (sort) => {
      const res = await fetch(`${api.url}/api/contacts?sort=${sort}`)
      expect(res.status).toBe(400)
      expect(leaks(await res.text())).toBe(false)
    },
  )

  it('are null in GraphQL, and cannot be filtered there', async () => {
    const read = await graphql(
      `{ Contact(id: ${JSON.stringify(secretContactId)}) { name internalNotes personalMobile } }`,
    )
    expect(read.body.data?.Contact.name).toBe('Zoe Secret')
    expect(read.body.data?.Contact.internalNotes).toBeNull()
    expect(read.body.data?.Contact.personalMobile).toBeNull()

    const filtered = await graphql(
      '{ Contacts(where: { internalNotes: { exists: true } }) { docs { name } } }',
    )
    expect(JSON.stringify(filtered.body.data ?? {})).not.toContain('Zoe Secret')
    expect(filtered.body.errors?.length).toBeGreaterThan(0)

    const sorted = await graphql('{ Contacts(sort: "internalNotes") { docs { name } } }')
    expect(sorted.body.errors?.length).toBeGreaterThan(0)
  })

  type GraphQLContact = {
    id: number | string
    name: string
    internalNotes: string | null
    personalMobile: string | null
  }
  const contactFields = 'id name internalNotes personalMobile'

  it('are null for the anonymous in GraphQL lists and single reads, in any language and through relations', async () => {
    const reads: [string, (data: Record<string, any>) => GraphQLContact[]][] = [
      [`{ Contacts(limit: 50) { docs { ${contactFields} } } }`, (data) => data.Contacts.docs],
      [
        `{ Contacts(limit: 50, locale: ja, fallbackLocale: none) { docs { ${contactFields} } } }`,
        (data) => data.Contacts.docs,
      ],
      [
        `{ Contacts(where: { name: { equals: "Zoe Secret" } }) { docs { ${contactFields} } } }`,
        (data) => data.Contacts.docs,
      ],
      [
        `{ Contact(id: ${JSON.stringify(secretContactId)}) { ${contactFields} } }`,
        (data) => [data.Contact],
      ],
      [
        `{ Contact(id: ${JSON.stringify(secretContactId)}, locale: es) { ${contactFields} } }`,
        (data) => [data.Contact],
      ],
      [
        `{ NewsRelease(id: ${JSON.stringify(ids['news-releases'])}) { pressContacts { ${contactFields} } } }`,
        (data) => data.NewsRelease.pressContacts,
      ],
    ]
    for (const [query, contactsIn] of reads) {
      const { status, body } = await graphql(query)
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
      expect(leaks(JSON.stringify(body))).toBe(false)
      const contacts = contactsIn(body.data!)
      expect(contacts.map((contact) => contact.name)).toContain('Zoe Secret')
      for (const contact of contacts) {
        expect(contact.internalNotes).toBeNull()
        expect(contact.personalMobile).toBeNull()
      }
    }
  })

  it('GraphQL gives the anonymous the same contacts as REST, no more and no fewer', async () => {
    const rest = (await (await fetch(`${api.url}/api/contacts?limit=50&depth=0`)).json()) as {
      docs: { id: number | string }[]
    }
    const listed = await graphql('{ Contacts(limit: 50) { docs { id } } }')
    const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()
    expect(idsOf(listed.body.data?.Contacts.docs)).toEqual(idsOf(rest.docs))
    expect(rest.docs.length).toBeGreaterThan(1)
    // One by one too, the contact not meant for the press included.
    for (const id of [secretContactId, internalContactId]) {
      const byRest = await fetch(`${api.url}/api/contacts/${id}?depth=0`)
      const byGraphQL = await graphql(`{ Contact(id: ${JSON.stringify(id)}) { id } }`)
      expect(byGraphQL.body.data?.Contact !== null).toBe(byRest.status === 200)
    }
  })

  it('only press contacts reach the anonymous: the rest of the staff directory is for staff', async () => {
    // Not even its existence: the same 404 as an id that was never used.
    expect((await fetch(`${api.url}/api/contacts/${internalContactId}`)).status).toBe(404)
    const rest = (await (await fetch(`${api.url}/api/contacts?limit=50&depth=0`)).json()) as {
      docs: { id: number | string; name: string }[]
    }
    expect(rest.docs.map((doc) => doc.name)).toContain('Zoe Secret')
    expect(rest.docs.map((doc) => doc.name)).not.toContain('Ian Internal')
    const listed = await graphql('{ Contacts(limit: 50) { docs { name } } }')
    expect(JSON.stringify(listed.body)).not.toContain('Ian Internal')
    const asStaff = await fetch(`${api.url}/api/contacts/${internalContactId}`, { headers: auth })
    expect(asStaff.status).toBe(200)
  })

  it('are given to staff through GraphQL, in lists, single reads and filters', async () => {
    const listed = await graphql(`{ Contacts(limit: 100) { docs { ${contactFields} } } }`, auth)
    const zoe = (listed.body.data?.Contacts.docs as GraphQLContact[]).find(
      (contact) => contact.name === 'Zoe Secret',
    )
    expect(zoe).toMatchObject({ internalNotes: SECRET_NOTE, personalMobile: '+442079460555' })
    const read = await graphql(
      `{ Contact(id: ${JSON.stringify(secretContactId)}) { ${contactFields} } }`,
      auth,
    )
    expect(read.body.data?.Contact).toMatchObject({
      internalNotes: SECRET_NOTE,
      personalMobile: '+442079460555',
    })
    const filtered = await graphql(
      '{ Contacts(where: { internalNotes: { exists: true } }) { docs { name } } }',
      auth,
    )
    expect(filtered.body.errors).toBeUndefined()
    expect(filtered.body.data?.Contacts.docs).toEqual([{ name: 'Zoe Secret' }])
  })

  it('are absent from the Local API without access rights', async () => {
    const doc = await payload.findByID({
      collection: 'contacts',
      id: secretContactId,
      overrideAccess: false,
    })
    expect(doc.internalNotes).toBeUndefined()
    expect(doc.personalMobile).toBeUndefined()
    await expect(
      payload.find({
        collection: 'contacts',
        where: { internalNotes: { exists: true } },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('are readable and writable by staff', async () => {
    const res = await fetch(`${api.url}/api/contacts/${secretContactId}`, { headers: auth })
    const doc = (await res.json()) as { internalNotes: string; personalMobile: string }
    expect(doc.internalNotes).toBe(SECRET_NOTE)
    expect(doc.personalMobile).toBe('+442079460555')
    const filtered = await fetch(`${api.url}/api/contacts?where[internalNotes][exists]=true`, {
      headers: auth,
    })
    expect(filtered.status).toBe(200)
    expect(
      ((await filtered.json()) as { docs: { name: string }[] }).docs.map((d) => d.name),
    ).toEqual(['Zoe Secret'])
  })

  it('cannot be written by the anonymous even inside an otherwise allowed request', async () => {
    const res = await fetch(`${api.url}/api/contacts/${secretContactId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ internalNotes: 'overwritten' }),
    })
    expect(res.status).toBe(403)
    const stored = await payload.findByID({ collection: 'contacts', id: secretContactId })
    expect(stored.internalNotes).toBe(SECRET_NOTE)
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
