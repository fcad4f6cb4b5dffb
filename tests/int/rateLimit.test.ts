// The press lookups' rate limit: a fixed window per client.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientAddress, recordPeerAddresses } from '@/api-guards/clientAddress'
import { budgetKey, rateLimiter } from '@/api-guards/rateLimiter'
import { rawRequest } from '../helpers/rawRequest'

// One process alone (no REDIS_URL): counted in its memory. Shared through Redis: rateLimitShared.test.ts.
describe('rateLimiter', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('allows the limit per window, then refuses with the seconds to wait, per client', async () => {
    const limiter = rateLimiter('test-window', 3, 60)
    const hits = [await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('a')]
    expect(hits.map((verdict) => verdict.allowed)).toEqual([true, true, true])
    jest.advanceTimersByTime(15_000)
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect((await limiter.hit('b')).allowed).toBe(true)
    jest.advanceTimersByTime(45_000)
    expect((await limiter.hit('a')).allowed).toBe(true)
  })

  it('counts a request that makes several lookups as that many', async () => {
    const limiter = rateLimiter('test-cost', 3, 60)
    expect((await limiter.hit('a', 2)).allowed).toBe(true)
    expect(await limiter.hit('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect((await limiter.hit('b', 4)).allowed).toBe(false)
  })

  it('counts an IPv6 client by its /64, so new addresses in it buy no fresh budget', async () => {
    const limiter = rateLimiter('test-ipv6', 2, 60)
    expect((await limiter.hit('2001:db8:1:2::1')).allowed).toBe(true)
    expect((await limiter.hit('2001:db8:1:2:ffff:ffff:ffff:fffe')).allowed).toBe(true)
    expect((await limiter.hit('2001:0db8:0001:0002:0:0:0:9')).allowed).toBe(false)
    expect((await limiter.hit('2001:db8:1:3::1')).allowed).toBe(true)
    expect(budgetKey('::1')).toBe('0:0:0:0::/64')
    expect(budgetKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    // IPv4, mapped or not, is counted by address.
    expect(budgetKey('203.0.113.9')).toBe('203.0.113.9')
    expect(budgetKey('::ffff:203.0.113.9')).toBe('::ffff:203.0.113.9')
    expect(budgetKey('unknown')).toBe('unknown')
  })

  it('keeps separate budgets for separate limits', async () => {
    const press = rateLimiter('test-press', 1, 60)
    const api = rateLimiter('test-api', 1, 60)
    expect((await press.hit('a')).allowed).toBe(true)
    expect((await api.hit('a')).allowed).toBe(true)
    expect((await press.hit('a')).allowed).toBe(false)
  })
})

describe('clientAddress', () => {
  // A real server, as Next's: the address comes from the socket the request arrived on.
  const seenBy = async (headers: Record<string, string>, from = '127.0.0.1') => {
    recordPeerAddresses()
    const server = createServer((request, response) => {
      const seen = new Headers()
      for (const [key, value] of Object.entries(request.headers))
        if (typeof value === 'string') seen.set(key, value)
      response.end(clientAddress(seen))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      return (
        await rawRequest('/', { base: `http://127.0.0.1:${port}`, localAddress: from, headers })
      ).text
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }
  const trusting = async <T>(setting: string | undefined, run: () => Promise<T>) => {
    const before = process.env.TRUSTED_PROXIES
    if (setting === undefined) delete process.env.TRUSTED_PROXIES
    else process.env.TRUSTED_PROXIES = setting
    try {
      return await run()
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES
      else process.env.TRUSTED_PROXIES = before
    }
  }

  it('is the socket’s address by default, whatever X-Forwarded-For says', async () => {
    await trusting(undefined, async () => {
      expect(await seenBy({}, '127.0.0.5')).toBe('127.0.0.5')
      expect(await seenBy({ 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.5')).toBe('127.0.0.5')
      expect(await seenBy({ 'X-Forwarded-For': '203.0.113.9, 127.0.0.1' }, '127.0.0.5')).toBe(
        '127.0.0.5',
      )
    })
  })

  it('believes X-Forwarded-For only from a trusted proxy, and only up to the first untrusted hop', async () => {
    await trusting('127.0.0.1', async () => {
      // Our proxy sets the header to the address it saw.
      expect(await seenBy({ 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.1')).toBe('203.0.113.9')
      // A client's own X-Forwarded-For before our proxy's hop is not believed.
      expect(await seenBy({ 'X-Forwarded-For': '198.51.100.1, 203.0.113.9' }, '127.0.0.1')).toBe(
        '203.0.113.9',
      )
      // Anyone else connecting directly is taken at the socket's word.
      expect(await seenBy({ 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.6')).toBe('127.0.0.6')
    })
    await trusting('127.0.0.0/8', async () => {
      expect(await seenBy({ 'X-Forwarded-For': '198.51.100.1, 127.0.0.3' }, '127.0.0.1')).toBe(
        '198.51.100.1',
      )
    })
  })

  it('cannot be set by a client sending the server’s own peer header', async () => {
    await trusting(undefined, async () => {
      const spoof = Object.fromEntries(
        [...new Array(3)].map((_, i) => [`x-beacon-peer-${i}`, '203.0.113.50']),
      )
      expect(await seenBy(spoof, '127.0.0.7')).toBe('127.0.0.7')
    })
  })

  it('is unknown, one shared budget, when the server did not record the socket', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('unknown')
  })
})
