import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshVaultSchema, schemaSnapshotFile } from '../../helpers/schema-snapshot';

// Issue 8.5: the schema every vault ends up with is committed as text, so a migration's effect is
// read in review as a diff, and an unintended change (a lost trigger, a changed CHECK) fails here.

describe('the schema of a freshly created vault', () => {
  it('is the committed snapshot', () => {
    expect(
      freshVaultSchema(),
      'The schema of a new vault differs from electron/core/vault/schema-snapshot.sql. If a new migration changed it on purpose, run `npm run schema:snapshot`, read the diff and commit the file with the migration.',
    ).toBe(readFileSync(schemaSnapshotFile, 'utf8'));
  });
});
