import { setTimeout as sleep } from 'node:timers/promises'
import { connectRedis } from './redisConnection.mjs'

export type SharedRedis = ReturnType<typeof connectRedis>
type Connection = { client: SharedRedis; firstConnected: Promise<unknown> }

// One connection per process, not per bundle: the proxy and the routes are bundled apart.
const connectionKey = Symbol.for('beacon.sharedRedis')
const processGlobal = globalThis as typeof globalThis & { [connectionKey]?: Connection }

/** The URL of the Redis the instances share, when they share one (REDIS_URL). */
export const sharedRedisUrl = (): string | undefined => process.env.REDIS_URL || undefined

const connection = (url: string): Connection => {
  if (processGlobal[connectionKey]) return processGlobal[connectionKey]
  const client = connectRedis(url, {
    whileAway: 'until it is back, this instance counts rate limits alone and runs no jobs.',
  })
  const firstConnected = new Promise((resolve) => client.once('ready', resolve))
  return (processGlobal[connectionKey] = { client, firstConnected })
}

/**
 * The process's connection to the shared Redis (rate limits, the job lock; Next's cache has its
 * own), or null when the app runs alone (no REDIS_URL).
 */
export const sharedRedis = (): SharedRedis | null => {
  const url = sharedRedisUrl()
  return url ? connection(url).client : null
}

/**
 * Waits until the process has connected for the first time, for at most `ms`: what a process does
 * in its first moments (its first rate-limited requests) is then shared like the rest. At once
 * after that, outage or not.
 */
export const firstSharedRedisConnection = async (ms = 1000): Promise<void> => {
  const url = sharedRedisUrl()
  if (url) await Promise.race([connection(url).firstConnected, sleep(ms)])
}
