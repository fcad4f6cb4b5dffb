// Anonymous contact lookups through GraphQL share the press room's per-client limit with REST,
// each lookup in a request counted; staff don't.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { graphql, lookup, startRateLimitedApi, stopRateLimitedApi } from './apiRateLimit/api'
import { tooManyRequestsText } from '@/api-guards/tooManyRequests'

const { contactRootFields } = await import('@/api-guards/contactLookupLimit')

let auth: Record<string, string>
let contactId: number | string
beforeAll(async () => {
  ;({ auth, contactId } = await startRateLimitedApi())
})
afterAll(async () => {
  await stopRateLimitedApi()
})

const listContacts = '{ Contacts { docs { name } } }'
const oneContact = () => `{ Contact(id: ${JSON.stringify(contactId)}) { name } }`

describe('contact lookups through GraphQL', () => {
  it('answer 429 in the client’s language, with when to retry, past the limit', async () => {
    const answers = [
      await graphql('198.51.100.10', listContacts),
      await graphql('198.51.100.10', oneContact()),
      await graphql('198.51.100.10', listContacts),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(answers[1].body.data?.Contact.name).toMatch(/^Ana Pérez/)
    const refused = await graphql('198.51.100.10', oneContact(), {
      'Accept-Language': 'es-AR,es;q=0.9',
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect(refused.body.errors?.[0].message).toBe(tooManyRequestsText.es)
    expect(refused.body.data).toBeUndefined()
    expect((await graphql('198.51.100.11', listContacts)).status).toBe(200)
  })

  it('draw on the same budget as REST lookups', async () => {
    const client = '198.51.100.20'
    const statuses = [
      (await lookup(client)).status,
      (await graphql(client, listContacts)).status,
      (await lookup(client)).status,
      (await graphql(client, oneContact())).status,
      (await lookup(client)).status,
    ]
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })

  it('count every contact lookup in a request: aliases, counts, fragments', async () => {
    const three =
      '{ a: Contacts { totalDocs } b: Contacts(where: { name: { like: "Ana" } }) { totalDocs } c: countContacts { totalDocs } }'
    expect((await graphql('198.51.100.30', three)).status).toBe(200)
    const viaFragment =
      'query { ...Lookups } fragment Lookups on Query { ... on Query { Contacts { totalDocs } } }'
    expect((await graphql('198.51.100.30', viaFragment)).status).toBe(429)
    // More lookups in one request than the whole budget: refused outright.
    const four =
      '{ a: Contacts { totalDocs } b: Contacts { totalDocs } c: Contacts { totalDocs } d: Contacts { totalDocs } }'
    expect((await graphql('198.51.100.31', four)).status).toBe(429)
    // One field asked for twice under one name is one lookup, as GraphQL runs it once.
    const merged = '{ Contacts { totalDocs } Contacts { docs { name } } }'
    const answers = [
      await graphql('198.51.100.32', merged),
      await graphql('198.51.100.32', merged),
      await graphql('198.51.100.32', merged),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
  })

  it('do not count signed-in staff; a forged token does not escape the limit', async () => {
    for (let i = 0; i < 5; i++) {
      const answer = await graphql('198.51.100.40', listContacts, auth)
      expect(answer.status).toBe(200)
      expect(answer.body.data?.Contacts.docs.length).toBeGreaterThan(0)
    }
    const forged = { Authorization: 'JWT not-a-real-token' }
    const statuses = []
    for (let i = 0; i < 4; i++)
      statuses.push((await graphql('198.51.100.41', listContacts, forged)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('do not count queries that read no contacts, nor queries that do not parse', async () => {
    const client = '198.51.100.50'
    for (let i = 0; i < 5; i++) {
      const answer = await graphql(client, '{ Partners { docs { name } } }')
      expect(answer.status).toBe(200)
      expect(answer.body.data?.Partners.docs.length).toBe(1)
    }
    for (let i = 0; i < 5; i++) {
      const answer = await graphql(client, '{ Contacts { docs { name }')
      expect(answer.status).not.toBe(429)
      expect(answer.body.errors?.[0].message).toMatch(/Syntax Error/)
    }
    expect((await graphql(client, '{ __typename }')).status).toBe(200)
    // The budget is still whole.
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await graphql(client, listContacts)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('know every root field of the schema that reads contacts', async () => {
    const { body } = await graphql(
      '198.51.100.60',
      '{ __schema { queryType { fields { name } } } }',
    )
    const names = (body.data?.__schema.queryType.fields as { name: string }[]).map(
      (field) => field.name,
    )
    expect(names.filter((name) => /contact/i.test(name)).sort()).toEqual(
      [...contactRootFields].sort(),
    )
  })
})
