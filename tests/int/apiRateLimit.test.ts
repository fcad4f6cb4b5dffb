// Anonymous contact lookups through REST share the press room's per-client limit; staff don't.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lookup, startRateLimitedApi, stopRateLimitedApi } from './apiRateLimit/api'
import { rawRequest } from '../helpers/rawRequest'
import type { ApiServer } from '../helpers/httpServer'

let api: ApiServer
let auth: Record<string, string>
beforeAll(async () => {
  ;({ api, auth } = await startRateLimitedApi())
})
afterAll(async () => {
  await stopRateLimitedApi()
})

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
