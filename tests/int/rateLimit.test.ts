// The press lookups' rate limit: a fixed window per client.
import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientAddress, recordPeerAddresses } from '@/api-guards/clientAddress'
import { RateLimiter } from '@/api-guards/rateLimiter'
import { rawRequest } from '../helpers/rawRequest'

describe('RateLimiter', () => {
  it('allows the limit per window, then refuses with the seconds to wait, per client', () => {
    const limiter = new RateLimiter(3, 60_000)
    const t0 = 1_000_000
    expect([1, 2, 3].map(() => limiter.hit('a', t0).allowed)).toEqual([true, true, true])
    expect(limiter.hit('a', t0 + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect(limiter.hit('b', t0 + 15_000).allowed).toBe(true)
    expect(limiter.hit('a', t0 + 60_000).allowed).toBe(true)
  })

  it('counts a request that makes several lookups as that many', () => {
    const limiter = new RateLimiter(3, 60_000)
    expect(limiter.hit('a', 0, 2).allowed).toBe(true)
    expect(limiter.hit('a', 0, 2)).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect(limiter.hit('b', 0, 4).allowed).toBe(false)
  })

  it('stays bounded in memory however many clients come', () => {
    const limiter = new RateLimiter(1, 60_000, 100)
    for (let i = 0; i < 1000; i++) limiter.hit(`client-${i}`, 0)
    expect(
      (limiter as unknown as { windows: Map<string, unknown> }).windows.size,
    ).toBeLessThanOrEqual(100)
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
