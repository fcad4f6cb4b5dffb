import { connectRedis } from './redisConnection.mjs'

export type SharedRedis = ReturnType<typeof connectRedis>

// One connection per process, not per bundle: the proxy and the routes are bundled apart.
const clientKey = Symbol.for('beacon.sharedRedis')
const processGlobal = globalThis as typeof globalThis & { [clientKey]?: SharedRedis }

/** The URL of the Redis the instances share, when they share one (REDIS_URL). */
export const sharedRedisUrl = (): string | undefined => process.env.REDIS_URL || undefined

/**
 * The process's connection to the shared Redis (rate limits, the job lock; Next's cache has its
 * own), or null when the app runs alone (no REDIS_URL).
 */
export const sharedRedis = (): SharedRedis | null => {
  const url = sharedRedisUrl()
  if (!url) return null
  return (processGlobal[clientKey] ??= connectRedis(url, { purpose: 'rate limits' }))
}
