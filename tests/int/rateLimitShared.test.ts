// The rate limits with several instances: counted in the Redis they share, and in each process's
// memory while Redis is away. A real redis-server, stopped and started again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'
import { rateLimiter } from '@/api-guards/rateLimiter'
import { sharedRedis } from '@/lib/sharedRedis'
import { startTestRedis } from '../helpers/redisServer'

let redis: Awaited<ReturnType<typeof startTestRedis>>
let observer: ReturnType<typeof createClient>

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  redis = await startTestRedis()
  process.env.REDIS_URL = redis.url
  await until(() => Boolean(sharedRedis()?.isReady))
})

afterAll(async () => {
  await sharedRedis()?.close()
  delete process.env.REDIS_URL
  await redis.close()
})

const counted = async (name: string, client: string) => {
  observer = createClient({ url: redis.url })
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
    await redis.stop()
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
      await redis.start()
    }
    await until(() => Boolean(sharedRedis()?.isReady))
    expect((await limiter.hit('198.51.100.8')).allowed).toBe(true)
    expect(await counted('outage', '198.51.100.8')).toBe('1')
  })
})
