import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_releases_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`search_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_releases_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`search_text\`;`)
}
