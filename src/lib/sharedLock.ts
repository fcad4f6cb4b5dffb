import { randomUUID } from 'node:crypto'
import { sharedRedis } from './sharedRedis'

// A lock the app instances share, in their Redis: Redis's single-instance pattern (SET NX PX, and a
// compare-and-delete script to release). The maintained lock libraries (redis-semaphore, redlock)
// need ioredis, a second client and connection per instance, for these two commands. A holder
// that dies frees the lock when `holdMs` runs out, so `holdMs` must outlast the work it guards.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`
const RETRY_MS = 25

export type LockOptions = {
  /** How long the lock lasts if its holder never releases it. */
  holdMs: number
  /** How long to wait for another holder to finish; 0: give up at once. */
  waitMs: number
  /** Without Redis (it is away): run anyway (the instance goes on alone), or give up. */
  whileAway: 'run' | 'give up'
}

/**
 * Runs `run` holding `key`, and says whether it ran. Alone (no REDIS_URL) it always runs; there
 * is nobody to exclude.
 */
export const withSharedLock = async <T>(
  key: string,
  { holdMs, waitMs, whileAway }: LockOptions,
  run: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> => {
  const redis = sharedRedis()
  if (!redis) return { ran: true, value: await run() }
  const token = randomUUID()
  const deadline = Date.now() + waitMs
  for (;;) {
    let held: string | null
    try {
      held = await redis.set(key, token, { NX: true, PX: holdMs })
    } catch {
      return whileAway === 'run' ? { ran: true, value: await run() } : { ran: false }
    }
    if (held === 'OK') break
    if (Date.now() >= deadline) return { ran: false }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
  }
  try {
    return { ran: true, value: await run() }
  } finally {
    await redis.eval(RELEASE, { keys: [key], arguments: [token] }).catch(() => undefined)
  }
}
