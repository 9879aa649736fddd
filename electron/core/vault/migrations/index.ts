import { readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Numbered, append-only: a released file is never edited; a change is a new file here.
const migrationFiles = ['0001-initial.sql', '0002-workflow.sql', '0003-revision-text.sql', '0004-prints.sql', '0005-key-issued-after-reset.sql'];

/** All schema migrations in the order they must run. */
export function loadMigrations(): Migration[] {
  return migrationFiles.map((file) => ({
    version: Number(file.slice(0, 4)),
    name: file,
    sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
  }));
}

export const latestSchemaVersion = migrationFiles.length;
