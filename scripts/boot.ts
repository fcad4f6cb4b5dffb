// Shared start-up for command-line scripts: Payload with the project's config, and the SQLite
// schema brought up to date. Scripts import ./env before this module.
import type { Migration } from 'payload'
import { getPayload } from 'payload'
import config from '../payload.config'
import { isMongoUri } from '../src/db/databaseUri'
import { migrations } from '../src/migrations'

export const bootPayload = async () => {
  const payload = await getPayload({ config })
  // In production the SQLite adapter runs these on connect (prodMigrations); MongoDB needs none.
  if (!isMongoUri(process.env.DATABASE_URI) && process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return payload
}
