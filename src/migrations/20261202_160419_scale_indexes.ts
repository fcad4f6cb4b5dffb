import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`news_releases\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_publishedAt_createdAt_idx\` ON \`news_releases\` (\`scope\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_news_releases_v\` (\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_scope_version_publishedAt_version_createdAt_idx\` ON \`_news_releases_v\` (\`version_scope\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_slug_latest_idx\` ON \`_news_releases_v\` (\`version_slug\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_slug_latest_idx\` ON \`_focus_areas_v\` (\`version_slug\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_slug_latest_idx\` ON \`_committees_v\` (\`version_slug\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_slug_latest_idx\` ON \`_partners_v\` (\`version_slug\`,\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_scope_version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_releases_v_slug_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_focus_areas_v_slug_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_committees_v_slug_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_slug_latest_idx\`;`)
}
