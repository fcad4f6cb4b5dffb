// Whether the database is there: shared by the adapter (failFast.ts), which learns it, and the API
// guards and the proxy, which answer 503 while it is away. Kept on globalThis: the proxy, the API
// routes and Payload are separate bundles in one server process.

/** What a client is told to wait, for Retry-After: the database is tried again every second meanwhile. */
export const RETRY_AFTER_SECONDS = 5

const state = globalThis as typeof globalThis & { __beaconDatabaseAwaySince?: number }

/** Errors that say the database cannot be reached or used just now, as opposed to a bad query. */
const sqliteAway = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_PROTOCOL',
  'SQLITE_CANTOPEN',
  'SQLITE_NOTADB',
  'SQLITE_FULL',
  'SQLITE_READONLY',
])
const mongoAway =
  /^Mongo(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared)Error$/

/** Walks an error and its causes (drizzle wraps libsql's error as "Failed query"). */
export const isDatabaseAway = (error: unknown): boolean => {
  for (
    let current = error, depth = 0;
    current && typeof current === 'object' && depth < 5;
    depth++
  ) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown }
    if (typeof code === 'string' && (sqliteAway.has(code) || code.startsWith('SQLITE_IOERR')))
      return true
    if (typeof name === 'string' && mongoAway.test(name)) return true
    current = cause
  }
  return false
}

/** A 503 for Payload's error handler: the database is away; nothing was written. */
export class DatabaseUnavailableError extends Error {
  readonly status = 503
  constructor(cause?: unknown) {
    super('The database is not answering just now.', { cause })
    // Named outright: the production build's minifier empties class names.
    this.name = 'DatabaseUnavailableError'
  }
}

export const markDatabaseAway = (): void => {
  state.__beaconDatabaseAwaySince = Date.now()
}

export const markDatabaseBack = (): void => {
  state.__beaconDatabaseAwaySince = undefined
}

/** Whether the database failed and has not answered since. */
export const databaseIsAway = (): boolean => state.__beaconDatabaseAwaySince !== undefined
