import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_releases\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`focus_areas\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_focus_areas_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`committees\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_committees_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_translation_status\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_releases\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_focus_areas_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`committees\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_committees_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` DROP COLUMN \`version_translation_status\`;`)
}
