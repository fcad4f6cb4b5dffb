// Locks the instances share in their Redis (a real redis-server): one instance at a time runs due
// jobs, and session writes (sign-ins) wait for each other across instances.
import { describe, expect, it } from '@jest/globals'
import { whileHoldingJobLock } from '@/jobs/runnerLock'
import { withSharedLock } from '@/lib/sharedLock'
import { sharedRedisForFile, sharedRedisReady } from '../helpers/redisServer'

const redis = sharedRedisForFile()

/** Work that takes `ms` and says how many ran at once at most. */
const overlapProbe = (ms: number) => {
  let running = 0
  const probe = {
    most: 0,
    run: async () => {
      running++
      probe.most = Math.max(probe.most, running)
      await new Promise((resolve) => setTimeout(resolve, ms))
      running--
      return 'done'
    },
  }
  return probe
}

describe('the job runners’ lock', () => {
  it('lets one runner in at a time, and the next once it is done', async () => {
    const probe = overlapProbe(200)
    const run = async () => void (await probe.run())
    // Runners on several instances ticking at the same moment.
    const ran = await Promise.all([1, 2, 3, 4].map(() => whileHoldingJobLock(run)))
    expect(ran.filter(Boolean)).toHaveLength(1)
    expect(probe.most).toBe(1)
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
    await redis.current.stop()
    try {
      expect(await whileHoldingJobLock(async () => void runs++)).toBe(false)
    } finally {
      await redis.current.start()
    }
    await sharedRedisReady()
    expect(await whileHoldingJobLock(async () => void runs++)).toBe(true)
    expect(runs).toBe(1)
  })
})

describe('a shared lock that waits (session writes)', () => {
  const options = { holdMs: 10_000, waitMs: 2000, whileAway: 'run' } as const

  it('runs every holder in turn, never two at once', async () => {
    const probe = overlapProbe(100)
    const results = await Promise.all(
      [1, 2, 3].map(() => withSharedLock('test:sessions', options, probe.run)),
    )
    expect(results).toEqual([1, 2, 3].map(() => ({ ran: true, value: 'done' })))
    expect(probe.most).toBe(1)
  })

  it('gives up after waiting its time, so a request is refused rather than held', async () => {
    const slow = withSharedLock('test:busy', options, () => new Promise((r) => setTimeout(r, 800)))
    const impatient = await withSharedLock(
      'test:busy',
      { ...options, waitMs: 200 },
      async () => 'ran',
    )
    expect(impatient).toEqual({ ran: false })
    await slow
  })

  it('runs anyway while Redis is away: each instance goes on alone', async () => {
    await redis.current.stop()
    try {
      expect(await withSharedLock('test:away', options, async () => 'alone')).toEqual({
        ran: true,
        value: 'alone',
      })
    } finally {
      await redis.current.start()
    }
    await sharedRedisReady()
  })
})
