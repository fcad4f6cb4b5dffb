import type { DatabaseAdapterObj } from 'payload'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { migrations } from '@/migrations'
import { databaseUri, isMongoUri } from './databaseUri'
import { failFast } from './failFast'
import { mongoProbe, sqliteProbe } from './probes'
import { parentLookupIndexes } from './parentLookupIndexes'
import { versionSlugIndexes } from './versionSlugIndexes'
import { withPlannerStatistics } from './plannerStatistics'

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Payload's destroy() leaves the SQLite connection open (@payloadcms/drizzle's destroy forgets it):
 * closed here, a script or test file ends with its database checkpointed, rather than each open
 * connection doing so while the process exits (which took longer than Jest waits for a worker).
 */
const closingClient = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const destroy = db.destroy?.bind(db)
    db.destroy = async () => {
      const { client } = db as unknown as { client?: { close: () => void } }
      await destroy?.()
      client?.close()
    }
    return db
  },
})

/**
 * MongoDB for mongodb:// and mongodb+srv:// URIs; otherwise the embedded SQLite file. MongoDB's
 * adapter is imported only when it is used: its driver allocates a 17 MB buffer as it loads.
 */
export const databaseAdapter = async (): Promise<DatabaseAdapterObj> => {
  const uri = databaseUri()
  if (isMongoUri(uri)) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    // Give up on an unreachable server within seconds rather than mongoose's default 30.
    return failFast(
      mongooseAdapter({
        url: uri,
        ensureIndexes: true,
        connectOptions: { serverSelectionTimeoutMS: 5000 },
        // Embargo links were called preview links: their documents (and the links journalists hold)
        // stay in the collection of that name, as there are no MongoDB migrations to rename it.
        collectionsSchemaOptions: { 'embargo-links': { collection: 'preview-links' } },
      }),
      mongoProbe,
    )
  }
  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length)
    if (file && !file.startsWith(':memory:'))
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  }
  return failFast(
    withPlannerStatistics(
      closingClient(
        sqliteAdapter({
          client: { url: uri },
          // Dev and production share one path: migrations. Only the test suite, on a throwaway file, pushes the schema.
          push: process.env.NODE_ENV === 'test',
          migrationDir: path.join(srcDir, 'migrations'),
          prodMigrations: migrations,
          afterSchemaInit: [parentLookupIndexes, versionSlugIndexes],
          // Another process (a script, a second instance) may hold the write lock briefly. The driver
          // waits on the server's only thread, so a longer wait would stall every other request.
          busyTimeout: 2000,
          wal: true,
        }),
      ),
    ),
    sqliteProbe(uri),
  )
}
