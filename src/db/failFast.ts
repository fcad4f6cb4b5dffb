import CircuitBreaker from 'opossum'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import {
  DatabaseUnavailableError,
  isDatabaseAway,
  markDatabaseAway,
  markDatabaseBack,
} from './availability'
import type { Probe } from './probes'

// The adapter's reads and writes. Commits and rollbacks are left to run whatever happens, so that a
// write that failed half-way is undone rather than cut short.
const guarded = [
  'beginTransaction',
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Method = (...args: unknown[]) => Promise<unknown>
type Guard = <T>(call: () => Promise<T>) => Promise<T>
const guardKey = Symbol.for('beacon.failingFast')

/**
 * Runs a query the adapter's methods don't cover (raw SQL on its connection, a MongoDB collection
 * of our own: the search index) through the same circuit breaker as the adapter's own reads and
 * writes: while the database is away it fails at once with the 503, never waits on the driver.
 */
export const failingFast = <T>(db: object, call: () => Promise<T>): Promise<T> => {
  const guard = (db as unknown as { [guardKey]?: Guard })[guardKey]
  return guard ? guard(call) : call()
}

const WATCH_EVERY_MS = 1000
// A healthy database answers a probe in milliseconds; a busy server's may take a while. A probe
// that fails counts at once, one that is late only the second time in a row.
const PROBE_PATIENCE_MS = 3000

const probeWithin = (probe: Promise<void>, ms: number): Promise<'answered' | 'failed' | 'late'> => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    // A watchdog: it must not keep a process alive that has nothing else to do.
    timer = setTimeout(() => resolve('late'), ms).unref()
  })
  const answer = probe.then(
    () => 'answered' as const,
    () => 'failed' as const,
  )
  return Promise.race([answer, late]).finally(() => clearTimeout(timer))
}

/**
 * Wraps a database adapter so that, once the database stops answering (a locked or unreadable
 * SQLite file, an unreachable MongoDB), requests fail at once with a 503 instead of each waiting
 * out the driver's timeouts. A circuit breaker (opossum) opens on the first error that says the
 * database is away (a bad query is the client's error, not the database's), or when `probe`, which
 * tries the database every second away from the requests, gets no answer in time; the probe's first
 * answer closes it again: service comes back by itself, with no restart. Probing while all is well
 * means an outage is mostly noticed before a request waits on it, which matters because SQLite's
 * driver waits on the server's only thread.
 */
export const failFast = (adapter: DatabaseAdapterObj, probe: Probe): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as BaseDatabaseAdapter & Record<string, unknown>
    const breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      // The drivers bound each call themselves (SQLite's busy timeout, MongoDB's server selection).
      timeout: false,
      // One failure of the database itself is enough: it fails for everyone alike.
      errorThresholdPercentage: 1,
      volumeThreshold: 1,
      // No request is let through to try it again: the probe does that, and closes the breaker.
      resetTimeout: 2 ** 31 - 1,
      errorFilter: (error: unknown) => !isDatabaseAway(error),
    })
    breaker.on('open', markDatabaseAway)
    breaker.on('close', markDatabaseBack)
    let probing = false
    let late = 0
    const watch = setInterval(async () => {
      if (probing) return
      probing = true
      const outcome = await probeWithin(probe(db), PROBE_PATIENCE_MS)
      late = outcome === 'late' ? late + 1 : 0
      if (outcome === 'answered' && breaker.opened) breaker.close()
      if ((outcome === 'failed' || late >= 2) && !breaker.opened) breaker.open()
      probing = false
    }, WATCH_EVERY_MS).unref()
    // Payload's destroy() (a script's end, a test file's end) stops the probing too.
    const destroy = db.destroy?.bind(db)
    db.destroy = async () => {
      clearInterval(watch)
      await probe.stop?.()
      await destroy?.()
    }
    const guard: Guard = async (call) => {
      try {
        return (await breaker.fire(call)) as Awaited<ReturnType<typeof call>>
      } catch (error) {
        if (breaker.opened || isDatabaseAway(error)) throw new DatabaseUnavailableError(error)
        throw error
      }
    }
    for (const name of guarded) {
      const method = db[name] as Method | undefined
      if (typeof method !== 'function') continue
      Object.assign(db, {
        [name]: (...callArgs: unknown[]) => guard(() => method.apply(db, callArgs)),
      })
    }
    return Object.assign(db, { [guardKey]: guard })
  },
})
