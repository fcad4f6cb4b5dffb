// The rate limits with several instances: counted in the Redis they share, and in each process's
// memory while Redis is away. A real redis-server, stopped and started again.
import { describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'
import { rateLimiter } from '@/api-guards/rateLimiter'
import { sharedRedisForFile, sharedRedisReady } from '../helpers/redisServer'

const redis = sharedRedisForFile()
let observer: ReturnType<typeof createClient>

const counted = async (name: string, client: string) => {
  observer = createClient({ url: redis.current.url })
  await observer.connect()
  try {
    return await observer.get(`beacon:limit:${name}:${client}`)
  } finally {
    await observer.close()
  }
}

describe('rateLimiter with a shared Redis', () => {
  it('counts in Redis, so every instance draws on one budget per client', async () => {
    // Two limiters with the same name stand for two instances: each has a memory of its own.
    const first = rateLimiter('shared', 3, 60)
    const second = rateLimiter('shared', 3, 60)
    expect((await first.hit('203.0.113.1')).allowed).toBe(true)
    expect((await second.hit('203.0.113.1', 2)).allowed).toBe(true)
    expect(await counted('shared', '203.0.113.1')).toBe('3')
    const refused = await first.hit('203.0.113.1')
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(55)
    expect((await second.hit('203.0.113.2')).allowed).toBe(true)
  })

  it('keeps limiting in memory while Redis is away, at once, and counts in Redis again when it is back', async () => {
    const limiter = rateLimiter('outage', 2, 60)
    await redis.current.stop()
    try {
      const started = Date.now()
      const verdicts = [
        await limiter.hit('198.51.100.7'),
        await limiter.hit('198.51.100.7'),
        await limiter.hit('198.51.100.7'),
      ]
      expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, false])
      // No waiting on a dead connection: a reader's request is not held up by the outage.
      expect(Date.now() - started).toBeLessThan(1000)
    } finally {
      await redis.current.start()
    }
    await sharedRedisReady()
    expect((await limiter.hit('198.51.100.8')).allowed).toBe(true)
    expect(await counted('outage', '198.51.100.8')).toBe('1')
  })
})
