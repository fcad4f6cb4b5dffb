// Next's cache (rendered pages, the read layer's data, and their tags) in the Redis the app instances
// share, through @fortedigital/nextjs-cache-handler: a revalidation on any instance is seen by all.
// scripts/serve.js names this file as Next's cacheHandler when REDIS_URL is set; alone, Next keeps
// its cache on its own disk. Next loads it unbundled, so it is plain JavaScript.
//
// While Redis is away each instance caches in its own memory, briefly (a publish on another
// instance cannot reach it then), and the tags it revalidated meanwhile are revalidated in Redis
// once it is back, so nothing cached before the outage outlives a change made during it.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { connectRedis } from '../lib/redisConnection.mjs'

// How long an instance serves what it rendered itself while Redis is away.
const ALONE_MAX_AGE_MS = Number(process.env.CACHE_ALONE_MAX_AGE_MS) || 5000

/** The shared cache, remembering the tags it could not revalidate, to do so when Redis is back. */
const sharedCache = (client, buildId) => {
  // Each build its own keys: another build's pages and data are not this one's.
  const redis = createRedisHandler({
    client,
    keyPrefix: `beacon:cache:${buildId}:`,
    timeoutMs: 1000,
  })
  const missed = new Set()
  client.on('ready', async () => {
    for (const tag of [...missed]) {
      try {
        await redis.revalidateTag(tag)
        missed.delete(tag)
      } catch {
        // Away again: the next 'ready' tries again.
      }
    }
  })
  return {
    ...redis,
    name: 'redis',
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        missed.add(tag)
        throw error
      }
    },
  }
}

/** This instance's own cache, used only while Redis is away, and only for what is recent. */
const aloneCache = (client) => {
  const memory = createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 100 * 1024 * 1024 })
  return {
    ...memory,
    name: 'memory while Redis is away',
    async get(key, meta) {
      const entry = await memory.get(key, meta)
      return entry && Date.now() - entry.lastModified <= ALONE_MAX_AGE_MS ? entry : null
    },
    async set(key, value, context) {
      if (!client.isReady) await memory.set(key, value, context)
    },
  }
}

CacheHandler.onCreation(({ buildId }) => {
  const client = connectRedis(process.env.REDIS_URL, {
    whileAway: 'until it is back, this instance caches pages alone, for a few seconds each.',
    commandTimeoutMs: 1000,
  })
  // Read in this order: memory is asked only when Redis fails (a miss in Redis is a miss).
  return { handlers: [sharedCache(client, buildId ?? 'unknown'), aloneCache(client)] }
})

export default CacheHandler
