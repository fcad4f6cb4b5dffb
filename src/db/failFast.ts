import CircuitBreaker from 'opossum'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { DatabaseUnavailableError, isDatabaseAway, markDatabaseAway, markDatabaseBack, RETRY_AFTER_SECONDS } from './availability'

// The adapter's reads and writes. Commits and rollbacks are left to run whatever happens, so that a
// write that failed half-way is undone rather than cut short.
const guarded = [
  'beginTransaction', 'count', 'countGlobalVersions', 'countVersions', 'create', 'createGlobal', 'createGlobalVersion',
  'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions', 'find', 'findDistinct', 'findGlobal', 'findGlobalVersions',
  'findOne', 'findVersions', 'queryDrafts', 'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne',
  'updateVersion', 'upsert',
] as const

type Method = (...args: unknown[]) => Promise<unknown>

/**
 * Wraps a database adapter so that, once the database stops answering (a locked or unreadable
 * SQLite file, an unreachable MongoDB), requests fail at once with a 503 instead of each waiting out
 * the driver's timeouts; every few seconds one request tries again, and the first that succeeds
 * brings service back, with no restart. A circuit breaker (opossum) that counts only such errors:
 * a bad query is the client's error, not the database's.
 */
export const failFast = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as BaseDatabaseAdapter & Record<string, unknown>
    const breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      // The drivers bound each call themselves (SQLite's busy timeout, MongoDB's server selection).
      timeout: false,
      // One failure of the database itself is enough: it fails for everyone alike.
      errorThresholdPercentage: 1,
      volumeThreshold: 1,
      resetTimeout: RETRY_AFTER_SECONDS * 1000,
      errorFilter: (error: unknown) => !isDatabaseAway(error),
    })
    breaker.on('open', markDatabaseAway)
    breaker.on('close', markDatabaseBack)
    for (const name of guarded) {
      const method = db[name] as Method | undefined
      if (typeof method !== 'function') continue
      const failingFast: Method = async (...callArgs) => {
        try {
          return await breaker.fire(() => method.apply(db, callArgs))
        } catch (error) {
          if (breaker.opened || isDatabaseAway(error)) throw new DatabaseUnavailableError(error)
          throw error
        }
      }
      Object.assign(db, { [name]: failingFast })
    }
    return db
  },
})
