// A connection to the Redis the app instances share. Plain JavaScript, as Next loads the cache
// handler (src/revalidation/cacheHandler.mjs) itself, unbundled, beside the app's own connection
// (src/lib/sharedRedis.ts). When Redis is away each instance keeps serving on its own: a command
// fails at once instead of waiting in a queue (disableOfflineQueue) or for long (timeout), and the
// client keeps reconnecting in the background.
import { createClient } from 'redis'
import { restoreFastStringMethods } from './fastStringMethods.mjs'

// Right after the client's modules are evaluated, in every bundle that has a copy of them.
restoreFastStringMethods()

const MAX_RECONNECT_DELAY_MS = 2000

/**
 * Connects to `url`, retrying until Redis answers; says once per outage that it is away and when it
 * is back. `commandTimeoutMs` bounds every command.
 * @param {string} url
 * @param {{ whileAway: string, commandTimeoutMs?: number }} options  whileAway: what the instance
 *   does meanwhile, as a sentence for the log
 */
export const connectRedis = (url, { whileAway, commandTimeoutMs = 500 }) => {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5000,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  })
  let away = false
  client.on('error', (error) => {
    if (away) return
    away = true
    console.warn(`Redis at ${url} is not answering (${error.message}): ${whileAway}`)
  })
  client.on('ready', () => {
    if (away) console.info(`Redis at ${url} is back.`)
    away = false
  })
  client.connect().catch(() => undefined)
  return client
}
