// Anonymous contact lookups through the API, by REST or GraphQL, share the press room's per-client
// limit; staff don't.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { tooManyRequestsText } from '@/api-guards/tooManyRequests'
import { validData } from '../helpers/fixtures'
import { rawRequest } from '../helpers/rawRequest'
import type { ApiServer } from '../helpers/httpServer'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

// Read when the route module loads: a small limit for this file only.
process.env.PRESS_RATE_LIMIT = '3'
// As behind the front door: this machine is the proxy whose X-Forwarded-For is believed, so each
// test below can be another client.
process.env.TRUSTED_PROXIES = '127.0.0.1'
const { startApiServer } = await import('../helpers/httpServer')
const { contactRootFields } = await import('@/api-guards/contactLookupLimit')

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let contactId: number | string
beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  contactId = (await payload.create({ collection: 'contacts', data: validData.contacts() })).id
  await payload.create({ collection: 'partners', data: validData.partners() })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const lookup = (client: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/api/contacts?depth=0`, { headers: { 'X-Forwarded-For': client, ...headers } })

describe('the contacts API', () => {
  it('answers 429 in the client’s language, with when to retry, past the limit', async () => {
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await lookup('203.0.113.10')).status)
    expect(statuses).toEqual([200, 200, 200])
    const refused = await lookup('203.0.113.10', { 'Accept-Language': 'ja' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0].message,
    ).toContain('リクエストが多すぎます')
    expect((await lookup('203.0.113.11')).status).toBe(200)
  })

  it('does not count signed-in staff, nor other collections', async () => {
    for (let i = 0; i < 5; i++) expect((await lookup('203.0.113.20', auth)).status).toBe(200)
    for (let i = 0; i < 5; i++)
      expect(
        (
          await fetch(`${api.url}/api/news-releases`, {
            headers: { 'X-Forwarded-For': '203.0.113.21' },
          })
        ).status,
      ).toBe(200)
  })

  it('a forged token does not escape the limit', async () => {
    const forged = { Authorization: 'JWT not-a-real-token' }
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await lookup('203.0.113.30', forged)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('cannot be dodged by changing X-Forwarded-For when no proxy is trusted', async () => {
    const trusted = process.env.TRUSTED_PROXIES
    delete process.env.TRUSTED_PROXIES
    try {
      const statuses = []
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await rawRequest('/api/contacts?depth=0', {
              base: api.url,
              localAddress: '127.0.0.60',
              headers: { 'X-Forwarded-For': `198.51.100.${i}` },
            })
          ).status,
        )
      expect(statuses).toEqual([200, 200, 200, 429])
    } finally {
      process.env.TRUSTED_PROXIES = trusted
    }
  })

  it('cannot be dodged by spelling the path another way or by overriding the method', async () => {
    const client = { 'X-Forwarded-For': '203.0.113.40' }
    const override = {
      ...client,
      'X-HTTP-Method-Override': 'GET',
      'Content-Type': 'application/x-www-form-urlencoded',
    }
    const statuses = [
      (await fetch(`${api.url}/api/%63ontacts`, { headers: client })).status,
      (await fetch(`${api.url}/api//contacts/`, { headers: client })).status,
      (
        await fetch(`${api.url}/api/contacts`, {
          method: 'POST',
          headers: override,
          body: 'depth=0',
        })
      ).status,
      (await lookup('203.0.113.40')).status,
    ]
    expect(statuses).toEqual([200, 200, 200, 429])
  })
})

type GraphQLBody = { data?: Record<string, any> | null; errors?: { message: string }[] }

const graphql = async (client: string, query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client, ...headers },
    body: JSON.stringify({ query }),
  })
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as GraphQLBody,
  }
}
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
