// One instance at a time runs due jobs: the lock in the Redis the instances share (a real
// redis-server), released after each run, and no run at all while Redis is away.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { whileHoldingJobLock } from '@/jobs/runnerLock'
import { sharedRedis } from '@/lib/sharedRedis'
import { startTestRedis } from '../helpers/redisServer'

let redis: Awaited<ReturnType<typeof startTestRedis>>

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 10_000
  while (!condition()) {
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

describe('the job runners’ lock', () => {
  it('lets one runner in at a time, and the next once it is done', async () => {
    let running = 0
    let most = 0
    const run = async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 200))
      running--
    }
    // Runners on several instances ticking at the same moment.
    const ran = await Promise.all([1, 2, 3, 4].map(() => whileHoldingJobLock(run)))
    expect(ran.filter(Boolean)).toHaveLength(1)
    expect(most).toBe(1)
    expect(await whileHoldingJobLock(run)).toBe(true)
  })

  it('is released when a run fails', async () => {
    await expect(
      whileHoldingJobLock(async () => {
        throw new Error('the run failed')
      }),
    ).rejects.toThrow('the run failed')
    expect(await whileHoldingJobLock(async () => undefined)).toBe(true)
  })

  it('runs nothing while Redis is away (jobs wait rather than run twice), and runs again once it is back', async () => {
    let runs = 0
    await redis.stop()
    try {
      expect(await whileHoldingJobLock(async () => void runs++)).toBe(false)
    } finally {
      await redis.start()
    }
    await until(() => Boolean(sharedRedis()?.isReady))
    expect(await whileHoldingJobLock(async () => void runs++)).toBe(true)
    expect(runs).toBe(1)
  })
})
