// The press lookups' rate limit: a fixed window per client.
import { describe, expect, it } from '@jest/globals'
import { clientAddress, RateLimiter } from '@/lib/rateLimit'

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
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100)
  })
})

describe('clientAddress', () => {
  it('takes the hop our own proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
