import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Preview links became embargo links. Hand-written from the generated starting point, which copied
// both tables into new ones (and read a column that did not exist yet): renames keep every row,
// including the links journalists already hold. SQLite renames the table and its foreign keys, but
// an index keeps its name through a rename, so each index is made again under the new name.
const indexes = [
  ['release_idx', 'release_id', ''],
  ['token_idx', 'token', 'UNIQUE '],
  ['created_by_idx', 'created_by_id', ''],
  ['updated_at_idx', 'updated_at', ''],
  ['created_at_idx', 'created_at', ''],
] as const

const rename = async (db: MigrateUpArgs['db'], from: string, to: string): Promise<void> => {
  await db.run(sql.raw(`ALTER TABLE \`${from}\` RENAME TO \`${to}\`;`))
  for (const [suffix, column, unique] of indexes) {
    await db.run(sql.raw(`DROP INDEX \`${from}_${suffix}\`;`))
    await db.run(sql.raw(`CREATE ${unique}INDEX \`${to}_${suffix}\` ON \`${to}\` (\`${column}\`);`))
  }
  await db.run(sql.raw(`ALTER TABLE \`payload_locked_documents_rels\` RENAME COLUMN \`${from}_id\` TO \`${to}_id\`;`))
  await db.run(sql.raw(`DROP INDEX \`payload_locked_documents_rels_${from}_id_idx\`;`))
  await db.run(sql.raw(`CREATE INDEX \`payload_locked_documents_rels_${to}_id_idx\` ON \`payload_locked_documents_rels\` (\`${to}_id\`);`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rename(db, 'preview_links', 'embargo_links')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rename(db, 'embargo_links', 'preview_links')
}
