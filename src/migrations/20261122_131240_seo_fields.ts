import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_releases\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`news_releases_meta_meta_image_idx\` ON \`news_releases\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_meta_version_meta_image_idx\` ON \`_news_releases_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`focus_areas\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`focus_areas_meta_meta_image_idx\` ON \`focus_areas\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`committees\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`committees_meta_meta_image_idx\` ON \`committees\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`committees_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`partners_meta_meta_image_idx\` ON \`partners\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`meta_description\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Tokyo',
  	\`scope\` text DEFAULT 'global',
  	\`committee_id\` integer,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`committee_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_releases\`("id", "slug", "published_at", "publishedat_tz", "scope", "committee_id", "hero_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "published_at", "publishedat_tz", "scope", "committee_id", "hero_image_id", "updated_at", "created_at", "_status" FROM \`news_releases\`;`)
  await db.run(sql`DROP TABLE \`news_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_releases\` RENAME TO \`news_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_releases_slug_idx\` ON \`news_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_releases_published_at_idx\` ON \`news_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_releases_committee_idx\` ON \`news_releases\` (\`committee_id\`);`)
  await db.run(sql`CREATE INDEX \`news_releases_hero_image_idx\` ON \`news_releases\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_releases_updated_at_idx\` ON \`news_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_releases_created_at_idx\` ON \`news_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news_releases__status_idx\` ON \`news_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Tokyo',
  	\`version_scope\` text DEFAULT 'global',
  	\`version_committee_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_committee_id\`) REFERENCES \`committees\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_releases_v\`("id", "parent_id", "version_slug", "version_published_at", "version_publishedat_tz", "version_scope", "version_committee_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_published_at", "version_publishedat_tz", "version_scope", "version_committee_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_news_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_releases_v\` RENAME TO \`_news_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_parent_idx\` ON \`_news_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_slug_idx\` ON \`_news_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_published_at_idx\` ON \`_news_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_committee_idx\` ON \`_news_releases_v\` (\`version_committee_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_hero_image_idx\` ON \`_news_releases_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_updated_at_idx\` ON \`_news_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version_created_at_idx\` ON \`_news_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_version_version__status_idx\` ON \`_news_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_created_at_idx\` ON \`_news_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_updated_at_idx\` ON \`_news_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_snapshot_idx\` ON \`_news_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_published_locale_idx\` ON \`_news_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_releases_v_latest_idx\` ON \`_news_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_focus_areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` integer,
  	\`display_order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_focus_areas\`("id", "slug", "hero_image_id", "display_order", "updated_at", "created_at") SELECT "id", "slug", "hero_image_id", "display_order", "updated_at", "created_at" FROM \`focus_areas\`;`)
  await db.run(sql`DROP TABLE \`focus_areas\`;`)
  await db.run(sql`ALTER TABLE \`__new_focus_areas\` RENAME TO \`focus_areas\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`focus_areas_slug_idx\` ON \`focus_areas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_hero_image_idx\` ON \`focus_areas\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_updated_at_idx\` ON \`focus_areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_created_at_idx\` ON \`focus_areas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_committees\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`slug\` text,
  	\`region\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_committees\`("id", "code", "slug", "region", "updated_at", "created_at") SELECT "id", "code", "slug", "region", "updated_at", "created_at" FROM \`committees\`;`)
  await db.run(sql`DROP TABLE \`committees\`;`)
  await db.run(sql`ALTER TABLE \`__new_committees\` RENAME TO \`committees\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_code_idx\` ON \`committees\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`committees_slug_idx\` ON \`committees\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`committees_updated_at_idx\` ON \`committees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`committees_created_at_idx\` ON \`committees\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`country\` text NOT NULL,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partners\`("id", "acronym", "slug", "country", "website", "logo_id", "updated_at", "created_at") SELECT "id", "acronym", "slug", "country", "website", "logo_id", "updated_at", "created_at" FROM \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_partners\` RENAME TO \`partners\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`news_releases_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` DROP COLUMN \`version_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_news_releases_v_locales\` DROP COLUMN \`version_meta_description\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`committees_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`meta_description\`;`)
}
