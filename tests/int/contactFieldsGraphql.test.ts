// Staff-only contact fields (internal notes, personal mobile) through GraphQL: null for the
// anonymous, who get the same contacts as through REST; given to staff.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'
import type { ApiServer } from '../helpers/httpServer'
import {
  graphql,
  leaks,
  SECRET_NOTE,
  startAccessFixtures,
  stopAccessFixtures,
} from './access/fixtures'

let auth: Record<string, string>
let ids: Partial<Record<CollectionSlug, number | string>>
let secretContactId: number | string
let internalContactId: number | string
let api: ApiServer

beforeAll(async () => {
  ;({ api, auth, ids, secretContactId, internalContactId } = await startAccessFixtures())
})
afterAll(async () => {
  await stopAccessFixtures()
})

describe('staff-only contact fields', () => {
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
})
