import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * A save checks that no other document's latest version holds its slug (fields/slug). Without
 * statistics SQLite answered that through the index on `latest`, which every document's newest
 * version is in: each save read them all (10,000 releases: tens of ms per save, growing). An index
 * on slug and `latest` together is the one it picks, and reads one row.
 */
export const versionSlugIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    const columns = table as unknown as Record<string, unknown>
    if (!name.startsWith('_') || !columns.version_slug || !columns.latest) continue
    const indexName = `${name}_slug_latest_idx`
    extendTable({
      table,
      extraConfig: (cols) => ({
        [indexName]: index(indexName).on(cols.version_slug, cols.latest),
      }),
    })
  }
  return schema
}
