import { readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Numbered, append-only: a released file is never edited; a change is a new file here.
const migrationFiles = ['0001-initial.sql', '0002-workflow.sql', '0003-revision-text.sql', '0004-prints.sql', '0005-key-issued-after-reset.sql', '0006-state-replay.sql', '0007-supplied-renditions.sql', '0008-bulk-import.sql', '0009-full-text-search.sql', '0010-home-indexes.sql', '0011-register-index.sql', '0012-change-control.sql', '0013-training-matrix.sql', '0014-document-clauses.sql', '0015-owner-sort-index.sql', '0016-trigram-where-needed.sql', '0017-page-text-stored-once.sql'];

/** All schema migrations in the order they must run. */
export function loadMigrations(): Migration[] {
  return migrationFiles.map((file) => ({
    version: Number(file.slice(0, 4)),
    name: file,
    sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
  }));
}

// The highest number, not the count: numbers are given out ahead (0005 may land after 0006 on another branch).
export const latestSchemaVersion = Math.max(...migrationFiles.map((file) => Number(file.slice(0, 4))));
