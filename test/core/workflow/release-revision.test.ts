import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { applyDueReleases } from '../../../electron/core/workflow/release-revision';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { approvedDocument, approveNextRevision, auditEventsAfter, expectRefusal, lastAuditEventId } from '../../helpers/workflow';

// Releasing an approved revision: effective today, or on a later date when the clock gets there,
// superseding the one before; never in the past. The next periodic review follows from the date.
describe('releasing an approved revision', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const clock = () => now;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };

  beforeAll(async () => {
    t = await createTestVault({ now: clock });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
  });
  afterAll(() => t.cleanup());

  const db = () => t.core.vault.db;
  const openForWork = () => {
    const core = QuireCore.open(t.vaultPath, { now: clock, workstation: 'reopened' });
    try {
      return core.applyDueReleases();
    } finally {
      core.close();
    }
  };
  const release = (number: string, effectiveDate?: string) => t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword, ...(effectiveDate ? { effectiveDate } : {}) });
  const states = async (number: string) => (await t.core.call(tokens.arun!, 'documents.get', { number })).revisions.filter((r) => !r.label.includes('.')).map((r) => `${r.label}:${r.state}`);
  const nextReviewDate = (number: string, label: string) =>
    db().prepare('SELECT r.next_review_date FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.major_label = ? AND r.state IN (\'effective\', \'superseded\')').pluck().get(number, label) as string | null;

  it('effective today: at once, with the next review one review interval on, signed as released', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens, { reviewIntervalMonths: 12 });
    const auditBefore = lastAuditEventId(db());
    expect(await release(number)).toEqual({ revision: 'A', state: 'effective', effectiveDate: '2026-03-02', superseded: null });
    expect(nextReviewDate(number, 'A')).toBe('2027-03-02');
    expect(auditEventsAfter(db(), auditBefore).map((e) => `${e.action}@${e.username}`)).toEqual(['revision.released@carol', 'revision.effective@carol']);
    const signatures = await t.core.call(tokens.arun!, 'signatures.list', { number, label: 'A' });
    expect(signatures.at(-1)).toMatchObject({ meaning: 'released', signer: { username: 'carol' } });
  });

  it('on a later date: stays approved, the previous revision stays effective, until the clock reaches the date', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    await release(number);
    await approveNextRevision(t, tokens.arun!, number, route, tokens, 'Revision B text.\n');

    expect(await release(number, '2026-03-10')).toEqual({ revision: 'B', state: 'approved', effectiveDate: '2026-03-10', superseded: null });
    expect(await states(number)).toEqual(['A:effective', 'B:approved']);

    // Released once is released: a second release would add a signature and move the date.
    await expect(release(number, '2026-03-11')).rejects.toMatchObject({ code: 'REVISION_ALREADY_RELEASED', message: expect.stringContaining('effective 2026-03-10') });

    // The day before, opening the vault for work changes nothing.
    now = new Date('2026-03-09T12:00:00Z');
    openForWork();
    expect(await states(number)).toEqual(['A:effective', 'B:approved']);

    // On the day, opening the vault for work (as the app, the loopback host and every writing CLI
    // command do) makes B effective and supersedes A, recorded as done by the system.
    now = new Date('2026-03-10T12:00:00Z');
    const auditBefore = lastAuditEventId(db());
    expect(openForWork()).toEqual([`${number} B`]);
    expect(await states(number)).toEqual(['A:superseded', 'B:effective']);
    expect(nextReviewDate(number, 'B')).toBe('2028-03-10');
    expect(auditEventsAfter(db(), auditBefore).map((e) => `${e.action}@${e.username}`)).toEqual(['revision.superseded@system', 'revision.effective@system']);
  });

  it('a running vault applies due releases when its timer fires', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    await release(number);
    await approveNextRevision(t, tokens.arun!, number, route, tokens, 'Revision B, scheduled.\n');
    await release(number, '2026-03-12');
    expect(applyDueReleases(t.core.context)).toEqual([]);
    now = new Date('2026-03-12T12:00:00Z');
    expect(applyDueReleases(t.core.context)).toEqual([`${number} B`]);
    expect(await states(number)).toEqual(['A:superseded', 'B:effective']);
  });

  it('refuses an effective date in the past', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    const today = now.toISOString().slice(0, 10);
    const auditBefore = lastAuditEventId(db());
    await expectRefusal(db(), () => release(number, '2026-03-01'), 'EFFECTIVE_DATE_PAST', /2026-03-01/, new RegExp(`before today \\(${today}\\)`));
    expect(lastAuditEventId(db())).toBe(auditBefore);
  });
});
