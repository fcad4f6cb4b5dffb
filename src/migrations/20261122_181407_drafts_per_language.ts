import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Written by hand: keep each release's (and release version's) status, which moves from the
  // document to each of its languages, and keep the pages that were public published.
  await db.run(sql`CREATE TABLE \`__release_status\` AS SELECT \`id\`, \`_status\` FROM \`news_releases\`;`)
  await db.run(sql`CREATE TABLE \`__release_version_status\` AS SELECT \`id\`, \`version__status\` FROM \`_news_releases_v\`;`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_stance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_stance_order_idx\` ON \`_focus_areas_v_version_stance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_stance_parent_id_idx\` ON \`_focus_areas_v_version_stance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_stance_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v_version_stance\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_focus_areas_v_version_stance_locales_locale_parent_id_uniqu\` ON \`_focus_areas_v_version_stance_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_stance_locales_parent_lookup_idx\` ON \`_focus_areas_v_version_stance_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`committee_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`committee_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_activities_order_idx\` ON \`_focus_areas_v_version_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_activities_parent_id_idx\` ON \`_focus_areas_v_version_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_activities_committee_idx\` ON \`_focus_areas_v_version_activities\` (\`committee_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_activities_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_focus_areas_v_version_activities_locales_locale_parent_id_u\` ON \`_focus_areas_v_version_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_activities_locales_parent_lookup_idx\` ON \`_focus_areas_v_version_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_related_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`link\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_related_materials_order_idx\` ON \`_focus_areas_v_version_related_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_related_materials_parent_id_idx\` ON \`_focus_areas_v_version_related_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_related_materials_file_idx\` ON \`_focus_areas_v_version_related_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_related_materials_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v_version_related_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_focus_areas_v_version_related_materials_locales_locale_pare\` ON \`_focus_areas_v_version_related_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_related_materials_locales_parent_lookup_idx\` ON \`_focus_areas_v_version_related_materials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hero_image_id\` integer,
  	\`version_display_order\` numeric DEFAULT 100,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_parent_idx\` ON \`_focus_areas_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_version_slug_idx\` ON \`_focus_areas_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_version_hero_image_idx\` ON \`_focus_areas_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_meta_version_meta_image_idx\` ON \`_focus_areas_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_version_updated_at_idx\` ON \`_focus_areas_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_version_created_at_idx\` ON \`_focus_areas_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_created_at_idx\` ON \`_focus_areas_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_updated_at_idx\` ON \`_focus_areas_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_snapshot_idx\` ON \`_focus_areas_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_published_locale_idx\` ON \`_focus_areas_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_latest_idx\` ON \`_focus_areas_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_autosave_idx\` ON \`_focus_areas_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_version_version__status_idx\` ON \`_focus_areas_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_focus_areas_v_locales_locale_parent_id_unique\` ON \`_focus_areas_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_locales_parent_lookup_idx\` ON \`_focus_areas_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_focus_areas_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contacts_id\` integer,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_rels_order_idx\` ON \`_focus_areas_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_rels_parent_idx\` ON \`_focus_areas_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_rels_path_idx\` ON \`_focus_areas_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_rels_contacts_id_idx\` ON \`_focus_areas_v_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`_focus_areas_v_rels_partners_id_idx\` ON \`_focus_areas_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`_committees_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_slug\` text,
  	\`version_region\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_committees_v_parent_idx\` ON \`_committees_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_version_version_code_idx\` ON \`_committees_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_version_version_slug_idx\` ON \`_committees_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_version_meta_version_meta_image_idx\` ON \`_committees_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_version_version_updated_at_idx\` ON \`_committees_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_version_version_created_at_idx\` ON \`_committees_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_created_at_idx\` ON \`_committees_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_updated_at_idx\` ON \`_committees_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_snapshot_idx\` ON \`_committees_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_published_locale_idx\` ON \`_committees_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_latest_idx\` ON \`_committees_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_autosave_idx\` ON \`_committees_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_committees_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_committees_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_committees_v_version_version__status_idx\` ON \`_committees_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_committees_v_locales_locale_parent_id_unique\` ON \`_committees_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_locales_parent_lookup_idx\` ON \`_committees_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_committees_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	\`contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_committees_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_committees_v_rels_order_idx\` ON \`_committees_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_rels_parent_idx\` ON \`_committees_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_rels_path_idx\` ON \`_committees_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_rels_focus_areas_id_idx\` ON \`_committees_v_rels\` (\`focus_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_committees_v_rels_contacts_id_idx\` ON \`_committees_v_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_slug\` text,
  	\`version_country\` text,
  	\`version_website\` text,
  	\`version_logo_id\` integer,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_parent_idx\` ON \`_partners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_slug_idx\` ON \`_partners_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_logo_idx\` ON \`_partners_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_meta_version_meta_image_idx\` ON \`_partners_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_updated_at_idx\` ON \`_partners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_created_at_idx\` ON \`_partners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_created_at_idx\` ON \`_partners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_updated_at_idx\` ON \`_partners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_snapshot_idx\` ON \`_partners_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_published_locale_idx\` ON \`_partners_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_latest_idx\` ON \`_partners_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_autosave_idx\` ON \`_partners_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version__status_idx\` ON \`_partners_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_partners_v_locales_locale_parent_id_unique\` ON \`_partners_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_locales_parent_lookup_idx\` ON \`_partners_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_order_idx\` ON \`_partners_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_parent_idx\` ON \`_partners_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_path_idx\` ON \`_partners_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_rels_focus_areas_id_idx\` ON \`_partners_v_rels\` (\`focus_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_version_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'office' NOT NULL,
  	\`number\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_phones_order_idx\` ON \`_contacts_v_version_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_phones_parent_id_idx\` ON \`_contacts_v_version_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_version_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_regions_order_idx\` ON \`_contacts_v_version_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_regions_parent_idx\` ON \`_contacts_v_version_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_name_latin\` text,
  	\`version_slug\` text,
  	\`version_email\` text,
  	\`version_time_zone\` text DEFAULT 'Asia/Tokyo' NOT NULL,
  	\`version_is_press_contact\` integer DEFAULT false,
  	\`version_photo_id\` integer,
  	\`version_personal_mobile\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_parent_idx\` ON \`_contacts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_slug_idx\` ON \`_contacts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_is_press_contact_idx\` ON \`_contacts_v\` (\`version_is_press_contact\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_photo_idx\` ON \`_contacts_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_updated_at_idx\` ON \`_contacts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_created_at_idx\` ON \`_contacts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_created_at_idx\` ON \`_contacts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_updated_at_idx\` ON \`_contacts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_locales\` (
  	\`version_role\` text,
  	\`version_office\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_contacts_v_locales_locale_parent_id_unique\` ON \`_contacts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_locales_parent_lookup_idx\` ON \`_contacts_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_texts_order_parent\` ON \`_contacts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_texts_parent_lookup_idx\` ON \`_contacts_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contacts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contacts_v_rels_order_idx\` ON \`_contacts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_rels_parent_idx\` ON \`_contacts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_rels_path_idx\` ON \`_contacts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_rels_focus_areas_id_idx\` ON \`_contacts_v_rels\` (\`focus_areas_id\`);`)
  await db.run(sql`DROP INDEX \`news_releases__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_releases\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_news_releases_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_autosave_idx\` ON \`_news_releases_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_focus_areas_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`committee_id\` integer,
  	FOREIGN KEY (\`committee_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_focus_areas_activities\`("_order", "_parent_id", "id", "committee_id") SELECT "_order", "_parent_id", "id", "committee_id" FROM \`focus_areas_activities\`;`)
  await db.run(sql`DROP TABLE \`focus_areas_activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_focus_areas_activities\` RENAME TO \`focus_areas_activities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_order_idx\` ON \`focus_areas_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_parent_id_idx\` ON \`focus_areas_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_committee_idx\` ON \`focus_areas_activities\` (\`committee_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_committees\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`slug\` text,
  	\`region\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_committees\`("id", "code", "slug", "region", "meta_image_id", "updated_at", "created_at") SELECT "id", "code", "slug", "region", "meta_image_id", "updated_at", "created_at" FROM \`committees\`;`)
  await db.run(sql`DROP TABLE \`committees\`;`)
  await db.run(sql`ALTER TABLE \`__new_committees\` RENAME TO \`committees\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_code_idx\` ON \`committees\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_slug_idx\` ON \`committees\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`committees_meta_meta_image_idx\` ON \`committees\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`committees_updated_at_idx\` ON \`committees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`committees_created_at_idx\` ON \`committees\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`country\` text,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partners\`("id", "acronym", "slug", "country", "website", "logo_id", "meta_image_id", "updated_at", "created_at") SELECT "id", "acronym", "slug", "country", "website", "logo_id", "meta_image_id", "updated_at", "created_at" FROM \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_partners\` RENAME TO \`partners\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_meta_meta_image_idx\` ON \`partners\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`news_releases__status_idx\` ON \`news_releases_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version__status_idx\` ON \`_news_releases_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`focus_areas__status_idx\` ON \`focus_areas_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`committees_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`committees__status_idx\` ON \`committees_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners_locales\` (\`_status\`,\`_locale\`);`)
  // Written by hand, see the top.
  await db.run(sql`UPDATE \`news_releases_locales\` SET \`_status\` = (SELECT \`_status\` FROM \`__release_status\` WHERE \`__release_status\`.\`id\` = \`news_releases_locales\`.\`_parent_id\`);`)
  await db.run(sql`UPDATE \`_news_releases_v_locales\` SET \`version__status\` = (SELECT \`version__status\` FROM \`__release_version_status\` WHERE \`__release_version_status\`.\`id\` = \`_news_releases_v_locales\`.\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`__release_status\`;`)
  await db.run(sql`DROP TABLE \`__release_version_status\`;`)
  await db.run(sql`UPDATE \`focus_areas_locales\` SET \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`committees_locales\` SET \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`partners_locales\` SET \`_status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_stance\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_stance_locales\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_activities\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_related_materials\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_related_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_committees_v\`;`)
  await db.run(sql`DROP TABLE \`_committees_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_committees_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_version_phones\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_version_regions\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v_rels\`;`)
  await db.run(sql`DROP INDEX \`news_releases__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_news_releases_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version__status_idx\` ON \`_news_releases_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_news_releases_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`DROP INDEX \`focus_areas__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`committees__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`partners__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_focus_areas_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`committee_id\` integer NOT NULL,
  	FOREIGN KEY (\`committee_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_focus_areas_activities\`("_order", "_parent_id", "id", "committee_id") SELECT "_order", "_parent_id", "id", "committee_id" FROM \`focus_areas_activities\`;`)
  await db.run(sql`DROP TABLE \`focus_areas_activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_focus_areas_activities\` RENAME TO \`focus_areas_activities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_order_idx\` ON \`focus_areas_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_parent_id_idx\` ON \`focus_areas_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_activities_committee_idx\` ON \`focus_areas_activities\` (\`committee_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_committees\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`slug\` text,
  	\`region\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_committees\`("id", "code", "slug", "region", "meta_image_id", "updated_at", "created_at") SELECT "id", "code", "slug", "region", "meta_image_id", "updated_at", "created_at" FROM \`committees\`;`)
  await db.run(sql`DROP TABLE \`committees\`;`)
  await db.run(sql`ALTER TABLE \`__new_committees\` RENAME TO \`committees\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_code_idx\` ON \`committees\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_slug_idx\` ON \`committees\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`committees_meta_meta_image_idx\` ON \`committees\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`committees_updated_at_idx\` ON \`committees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`committees_created_at_idx\` ON \`committees\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`country\` text NOT NULL,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partners\`("id", "acronym", "slug", "country", "website", "logo_id", "meta_image_id", "updated_at", "created_at") SELECT "id", "acronym", "slug", "country", "website", "logo_id", "meta_image_id", "updated_at", "created_at" FROM \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_partners\` RENAME TO \`partners\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_meta_meta_image_idx\` ON \`partners\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news_releases\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`news_releases__status_idx\` ON \`news_releases\` (\`_status\`);`)
}
