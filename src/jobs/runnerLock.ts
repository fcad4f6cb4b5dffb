import { randomUUID } from 'node:crypto'
import { sharedRedis } from '@/lib/sharedRedis'

// Payload claims due jobs by reading them and then marking them, not atomically: two instances
// running jobs at once could both claim one embargo lift. So one instance at a time runs them,
// holding this lock in the Redis the instances share.
//
// The lock is Redis's own single-instance pattern (SET NX PX, and a compare-and-delete script to
// release): the maintained lock libraries (redis-semaphore, redlock) need ioredis, a second client
// and connection per instance for these two commands. A run lasts at most a minute (the runner's
// request times out), so a lock that outlives it by half a minute needs no renewal; an instance
// that dies holding it frees it when it expires.
const LOCK_KEY = 'beacon:jobs:runner'
const LOCK_MS = 90_000
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

/**
 * Runs `run` if no other instance is running jobs, and says whether it did. Alone (no REDIS_URL)
 * it always runs; while Redis is away it does not (the jobs wait for it rather than run twice).
 */
export const whileHoldingJobLock = async (run: () => Promise<void>): Promise<boolean> => {
  const redis = sharedRedis()
  if (!redis) {
    await run()
    return true
  }
  const token = randomUUID()
  let held: string | null
  try {
    held = await redis.set(LOCK_KEY, token, { NX: true, PX: LOCK_MS })
  } catch {
    return false
  }
  if (held !== 'OK') return false
  try {
    await run()
  } finally {
    await redis.eval(RELEASE, { keys: [LOCK_KEY], arguments: [token] }).catch(() => undefined)
  }
  return true
}
