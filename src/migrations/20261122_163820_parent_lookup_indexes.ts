import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`news_releases_locales_parent_lookup_idx\` ON \`news_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_locales_parent_lookup_idx\` ON \`_news_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_stance_locales_parent_lookup_idx\` ON \`focus_areas_stance_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_locales_parent_lookup_idx\` ON \`focus_areas_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_related_materials_locales_parent_lookup_idx\` ON \`focus_areas_related_materials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_locales_parent_lookup_idx\` ON \`focus_areas_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`committees_locales_parent_lookup_idx\` ON \`committees_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_locales_parent_lookup_idx\` ON \`partners_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_locales_parent_lookup_idx\` ON \`contacts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_texts_parent_lookup_idx\` ON \`contacts_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_lookup_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_releases_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_releases_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`focus_areas_stance_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`focus_areas_activities_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`focus_areas_related_materials_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`focus_areas_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`committees_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`contacts_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`contacts_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_lookup_idx\`;`)
}
