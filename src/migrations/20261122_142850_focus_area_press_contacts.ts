import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`focus_areas_rels\` ADD \`contacts_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`CREATE INDEX \`focus_areas_rels_contacts_id_idx\` ON \`focus_areas_rels\` (\`contacts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_focus_areas_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_focus_areas_rels\`("id", "order", "parent_id", "path", "partners_id") SELECT "id", "order", "parent_id", "path", "partners_id" FROM \`focus_areas_rels\`;`)
  await db.run(sql`DROP TABLE \`focus_areas_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_focus_areas_rels\` RENAME TO \`focus_areas_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`focus_areas_rels_order_idx\` ON \`focus_areas_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_rels_parent_idx\` ON \`focus_areas_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_rels_path_idx\` ON \`focus_areas_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_rels_partners_id_idx\` ON \`focus_areas_rels\` (\`partners_id\`);`)
}
