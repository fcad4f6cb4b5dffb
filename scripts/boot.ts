// Shared start-up for command-line scripts: .env first, then Payload with the project's config,
// with the SQLite schema brought up to date.
import type { Migration } from 'payload'
import { loadEnv } from 'payload/node'

export const bootPayload = async () => {
  loadEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { isMongoUri } = await import('../src/db/databaseUri')
  const { migrations } = await import('../src/migrations')
  const payload = await getPayload({ config })
  // In production the SQLite adapter runs these on connect (prodMigrations); MongoDB needs none.
  if (!isMongoUri(process.env.DATABASE_URI) && process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return payload
}
