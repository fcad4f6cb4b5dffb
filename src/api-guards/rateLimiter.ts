import { isIPv6 } from 'node:net'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import { firstSharedRedisConnection, sharedRedis } from '@/lib/sharedRedis'

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Whose budget a request draws on. An IPv6 client is given a whole /64 (2^64 addresses), so it is
 * counted by that prefix: by address, one client could take a fresh budget with every request, and
 * fill this process's memory with counters (the counters of IPv4 addresses, too, expire with their
 * window).
 */
export const budgetKey = (client: string): string => {
  const address = client.split('%')[0]
  if (!isIPv6(address) || address.includes('.')) return client
  const [head, tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  const prefix = [...left, ...zeros, ...right].slice(0, 4)
  return `${prefix.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/**
 * A budget of requests per client (see clientAddress) and fixed window, counted by
 * rate-limiter-flexible. With several instances it is counted in the Redis they share
 * (REDIS_URL), so a client has one budget whichever instance answers; alone, or while Redis is
 * away, each process counts in its own memory and the site keeps limiting rather than failing.
 */
export const rateLimiter = (name: string, limit: number, windowSeconds: number) => {
  let limiter: RateLimiterAbstract | undefined
  // On first use, not at import: the build loads this module too, and connects to nothing.
  const counter = async () => {
    if (limiter) return limiter
    await firstSharedRedisConnection()
    if (limiter) return limiter
    const options = { keyPrefix: `beacon:limit:${name}`, points: limit, duration: windowSeconds }
    const memory = new RateLimiterMemory(options)
    const redis = sharedRedis()
    limiter = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory
    return limiter
  }

  return {
    /** Counts one request, as `cost` lookups when it makes several at once. */
    async hit(client: string, cost = 1): Promise<Verdict> {
      try {
        await (await counter()).consume(budgetKey(client), cost)
        return { allowed: true }
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        }
      }
    },
  }
}
