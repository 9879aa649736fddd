import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEntry, RegisterFilter } from '../../../shared/contract';
import { addBulkRegister, bulkDepartments, bulkEffectiveDate, bulkShape, bulkTypes } from '../../helpers/bulk-register';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// The register a controller works in at scale: one window at a time, sorted by any column, narrowed by
// type, department, owner, state, status and dates, with the count of everything that matches; a reader
// sees only what is in force. 3,000 documents are added by SQL (test/helpers/bulk-register.ts) beside
// a few that went through the real workflow, so the triggers that keep the register index are tested too.
describe('the paged register', () => {
  const count = 3_000;
  let t: TestVault;
  let team: DocumentTeam;
  let owners: { id: number; username: string; fullName: string }[];
  let workflowNumbers: string[];

  /** Every document matching a filter, fetched window by window. */
  async function allWindows(token: string, filter: RegisterFilter, limit = 487): Promise<{ documents: RegisterEntry[]; totals: Set<number> }> {
    const documents: RegisterEntry[] = [];
    const totals = new Set<number>();
    for (let offset = 0; ; offset += limit) {
      const window = await t.core.call(token, 'documents.list', { ...filter, offset, limit });
      totals.add(window.total);
      documents.push(...window.documents);
      if (window.documents.length < limit) break;
    }
    return { documents, totals };
  }

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    owners = (t.core.vault.db.prepare("SELECT id, username, full_name AS fullName FROM users WHERE username IN ('arun', 'carol') ORDER BY id").all() as typeof owners);
    addBulkRegister(t.core.vault.db, { ownerIds: owners.map((o) => o.id), count });
    // Through the workflow: one effective with a draft on top, one still a draft.
    const a = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Ältere Reinigung', file: { path: t.file('a.txt', 'A\n') } });
    await releaseNewestDraft(t, team, a.number);
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: a.number, file: { path: t.file('b.txt', 'B\n') }, changeSummary: 'B.' });
    const b = await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: 'Only a draft', file: { path: t.file('c.txt', 'C\n') } });
    workflowNumbers = [a.number, b.number];
  }, 300_000);
  afterAll(() => t.cleanup());

  it('answers one window with the total, and windows put together are the whole register in number order', async () => {
    const first = await t.core.call(team.controller, 'documents.list', { limit: 50 });
    expect(first.documents).toHaveLength(50);
    expect(first.total).toBe(count + 2);
    const { documents, totals } = await allWindows(team.controller, {});
    expect([...totals]).toEqual([count + 2]);
    const numbers = documents.map((d) => d.number);
    expect(new Set(numbers).size).toBe(count + 2);
    expect(numbers).toEqual([...numbers].sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0)));
    expect(documents.slice(0, 50)).toEqual(first.documents);
  });

  it('sorts by every column, both ways, with the number breaking ties', async () => {
    const keys: Record<string, (d: RegisterEntry) => string | number> = {
      title: (d) => d.title,
      type: (d) => d.type,
      department: (d) => d.department ?? '',
      owner: (d) => d.owner.fullName,
      state: (d) => d.currentRevision!.state,
      status: (d) => d.status,
      effectiveDate: (d) => d.effectiveDate ?? '',
      nextReviewDate: (d) => d.nextReviewDate ?? '',
    };
    for (const [column, key] of Object.entries(keys)) {
      for (const direction of ['asc', 'desc'] as const) {
        const window = await t.core.call(team.controller, 'documents.list', { sort: column as RegisterFilter['sort'], direction, limit: 400 });
        const sign = direction === 'asc' ? 1 : -1;
        for (let i = 1; i < window.documents.length; i++) {
          const [a, b] = [window.documents[i - 1]!, window.documents[i]!];
          const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number < b.number ? -1 : 1;
          expect(order * sign, `${column} ${direction}: ${a.number} before ${b.number}`).toBeLessThan(0);
        }
      }
    }
  });

  it('filters by type, department, owner, state, status, dates and a part of the number or title, counting what matches', async () => {
    const indices = Array.from({ length: count }, (_, i) => i);
    const expected = (keep: (i: number) => boolean) => indices.filter(keep).length;
    const cases: [RegisterFilter, number][] = [
      [{ type: 'wi' }, expected((i) => bulkTypes[i % bulkTypes.length] === 'WI') + 1],
      [{ department: bulkDepartments[1] }, expected((i) => bulkDepartments[Math.floor(i / 5) % bulkDepartments.length] === bulkDepartments[1])],
      [{ owner: owners[0]!.username }, expected((i) => i % owners.length === 0) + 2],
      [{ state: 'draft' }, expected((i) => bulkShape(i) === 'draft') + 1],
      [{ status: 'obsolete' }, expected((i) => bulkShape(i) === 'obsolete')],
      [{ effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' }, expected((i) => bulkShape(i) !== 'draft' && bulkEffectiveDate(i).startsWith('2020'))],
      [{ nextReviewFrom: '2030-01-01' }, 0],
      [{ search: '-000123' }, 1],
      [{ search: 'ältere' }, 0], // the quick match folds ASCII case only; full-text search folds accents
      [{ search: 'Ältere' }, 1],
    ];
    for (const [filter, total] of cases) {
      const { documents, totals } = await allWindows(team.controller, filter);
      expect([...totals], JSON.stringify(filter)).toEqual([total]);
      expect(documents).toHaveLength(total);
    }
    const drafts = await t.core.call(team.controller, 'documents.list', { state: 'draft', type: 'WI', department: 'QA' });
    expect(drafts.documents.map((d) => d.number)).toContain(workflowNumbers[1]);
    expect(drafts.documents.every((d) => d.currentRevision?.state === 'draft' && d.type === 'WI' && d.department === 'QA')).toBe(true);
    const dated = await t.core.call(team.controller, 'documents.list', { effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31', sort: 'effectiveDate', limit: 500 });
    expect(dated.documents.every((d) => d.effectiveDate! >= '2020-01-01' && d.effectiveDate! <= '2020-12-31')).toBe(true);
  });

  it('shows a reader only documents with an effective revision, by that revision', async () => {
    const { documents, totals } = await allWindows(team.reader, {});
    const inForce = Array.from({ length: count }, (_, i) => bulkShape(i)).filter((s) => s === 'effective' || s === 'effective+draft').length + 1;
    expect([...totals]).toEqual([inForce]);
    expect(documents.every((d) => d.currentRevision?.state === 'effective')).toBe(true);
    expect(documents.map((d) => d.number)).toContain(workflowNumbers[0]);
    expect(documents.map((d) => d.number)).not.toContain(workflowNumbers[1]);
    expect((await t.core.call(team.reader, 'documents.list', { state: 'draft' })).total).toBe(0);
    // The controller sees the same document by its effective revision too, with the draft on top left for the document page.
    const [a] = (await t.core.call(team.controller, 'documents.list', { search: workflowNumbers[0] })).documents;
    expect(a).toMatchObject({ currentRevision: { label: 'A', state: 'effective' }, effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), nextReviewDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('keeps the register index in step with the revisions: releasing the draft on top makes it the current revision', async () => {
    const [number] = workflowNumbers;
    await releaseNewestDraft(t, team, number!);
    const [released] = (await t.core.call(team.controller, 'documents.list', { search: number })).documents;
    expect(released!.currentRevision).toEqual({ label: 'B', state: 'effective' });
    const fromRevisions = t.core.vault.db.prepare("SELECT count(*) FROM documents d WHERE (SELECT id FROM revisions r WHERE r.document_id = d.id ORDER BY r.state = 'effective' DESC, r.id DESC LIMIT 1) IS NOT (SELECT revision_id FROM register_entries e WHERE e.document_id = d.id)").pluck().get();
    expect(fromRevisions).toBe(0);
  });

  it('refuses a window larger than the contract allows and a sort column it does not know', async () => {
    await expect(t.core.call(team.controller, 'documents.list', { limit: 100_000 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(t.core.call(team.controller, 'documents.list', { sort: 'sha256' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
