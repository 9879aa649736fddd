import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterFilter } from '../../../shared/contract';
import { registerSql } from '../../../electron/core/documents/register-query';
import { addBulkRegister } from '../../helpers/bulk-register';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// The register at 100,000 documents (bench/register-list.ts): sorting by owner took 328 ms and the
// number/title match 471 ms, against an aim of 50 ms, because SQLite sorted or scanned every document.
// What SQLite plans to do is checked here, on a small register, since it does not depend on the size:
// a window sorted by owner is an index walk (users by name, then each one's documents by number), and a
// match of three characters or more starts from the trigram index instead of reading every title.
describe('the register query plans', () => {
  let t: TestVault;
  beforeAll(async () => {
    t = await createTestVault();
    const owners = t.core.vault.db.prepare('SELECT id FROM users').pluck().all() as number[];
    addBulkRegister(t.core.vault.db, { ownerIds: owners, count: 500 });
  });
  afterAll(() => t.cleanup());

  /** The plan of the part of a window's query that walks and skips rows (the ids of the window). */
  const windowPlan = (filter: RegisterFilter, seesEveryRevision = true) => {
    const sql = registerSql(filter, seesEveryRevision);
    const ids = sql.windowSql.slice(sql.windowSql.indexOf('SELECT d.id'), sql.windowSql.lastIndexOf(')'));
    return (t.core.vault.db.prepare(`EXPLAIN QUERY PLAN ${ids}`).all({ ...sql.params, limit: 100, offset: 0 }) as { detail: string }[]).map((r) => r.detail);
  };

  it('walks users by name and their documents by number for a window sorted by owner, both ways, for readers too', () => {
    for (const direction of ['asc', 'desc'] as const) {
      for (const seesEveryRevision of [true, false]) {
        const plan = windowPlan({ sort: 'owner', direction }, seesEveryRevision);
        expect(plan.join('\n'), `${direction}, sees every revision: ${seesEveryRevision}`).not.toMatch(/TEMP B-TREE/);
        expect(plan.join('\n')).toMatch(/users_by_full_name/);
      }
    }
  });

  it('walks the date index for a window sorted by a date, sorting only within a date, with the type and status filters the app sends', () => {
    for (const sort of ['nextReviewDate', 'effectiveDate'] as const) {
      for (const filter of [{}, { status: 'active' }, { status: 'active', type: 'SPEC' }] as RegisterFilter[]) {
        const plan = windowPlan({ ...filter, sort, direction: 'desc' }, false).join('\n');
        expect(plan, `${sort} ${JSON.stringify(filter)}`).toMatch(/register_entries_by_(next_review|effective_date)/);
        expect(plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
      }
    }
  });

  it('looks a number or title match up in the trigram index, and reads every title only for one or two characters', () => {
    const plan = windowPlan({ search: '0471' });
    expect(plan.join('\n')).toMatch(/search_index_trigram/);
    expect(plan.join('\n')).not.toMatch(/^SCAN d\b/m);
    expect(windowPlan({ search: '47' }).join('\n')).not.toMatch(/search_index_trigram/);
  });
});
