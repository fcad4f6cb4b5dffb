// Anonymous contact lookups through the API share the press room's per-client limit; staff don't.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import type { ApiServer } from '../helpers/httpServer'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

// Read when the route module loads: a small limit for this file only.
process.env.PRESS_RATE_LIMIT = '3'
const { startApiServer } = await import('../helpers/httpServer')

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  await payload.create({ collection: 'contacts', data: validData.contacts() })
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
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toContain('リクエストが多すぎます')
    expect((await lookup('203.0.113.11')).status).toBe(200)
  })

  it('does not count signed-in staff, nor other collections', async () => {
    for (let i = 0; i < 5; i++) expect((await lookup('203.0.113.20', auth)).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await fetch(`${api.url}/api/news-releases`, { headers: { 'X-Forwarded-For': '203.0.113.21' } })).status).toBe(200)
  })

  it('a forged token does not escape the limit', async () => {
    const forged = { Authorization: 'JWT not-a-real-token' }
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await lookup('203.0.113.30', forged)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })
})
