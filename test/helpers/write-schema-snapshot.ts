// npm run schema:snapshot: writes the schema of a freshly created vault to
// electron/core/vault/schema-snapshot.sql. Run it on purpose after adding a migration, read the diff
// (it is what every vault will look like), and commit it with the migration.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freshVaultSchema, schemaSnapshotFile } from './schema-snapshot';

writeFileSync(schemaSnapshotFile, freshVaultSchema());
console.log(`Wrote ${path.relative(process.cwd(), schemaSnapshotFile)}.`);
