import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createTestVault, signInCast, type TestVault } from '../../helpers/temp-vault';
import { auditEventsAfter, expectRefusal, lastAuditEventId, routedDocument, sign } from '../../helpers/workflow';

// Issue 11, "the rejection loop stalls": after an approver rejects A.1 the author must hear of it (a task
// with the reason, the reason on the document), and the automatic draft A.2 must take a new file.
describe('the rejection loop', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  const reason = 'Step 4 names the old torque value; use 12 Nm.';
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'amy', 'rita', 'lukasz', 'carol'));
    number = await routedDocument(t, tokens.arun!, route, { text: 'Torque: 10 Nm.\n' });
    await sign(t, tokens.rita!, number, 'reviewed');
    await t.core.call(tokens.lukasz!, 'revisions.reject', { number, comment: reason });
  });
  afterAll(() => t.cleanup());

  it('gives the author a task naming the new draft, who rejected it and why', async () => {
    const tasks = (await t.core.call(tokens.arun!, 'tasks.mine', {})).filter((x) => x.kind === 'rejected');
    expect(tasks).toEqual([expect.objectContaining({ kind: 'rejected', document: number, revision: 'A.2', actionable: true, reason, by: expect.objectContaining({ username: 'lukasz' }) })]);
    expect((await t.core.call(tokens.amy!, 'tasks.mine', {})).filter((x) => x.kind === 'rejected')).toEqual([]);
  });

  it('shows the reason on the document page, for the draft that follows the rejected revision', async () => {
    const detail = await t.core.call(tokens.arun!, 'documents.get', { number });
    expect(detail.rejection).toEqual({ revision: 'A.1', draft: 'A.2', reason, by: { username: 'lukasz', fullName: 'Łukasz Ñúñez' }, at: expect.any(String) });
    expect(detail.revisions.at(-1)!.acts).toContain('replaceContent');
  });

  it('lets the author replace the draft’s file: a new draft number, the text extracted again, audited', async () => {
    const before = lastAuditEventId(t.core.vault.db);
    const file = t.file('fixed.txt', 'Torque: 12 Nm.\n');
    const replaced = await t.core.call(tokens.arun!, 'revisions.replaceContent', { number, file: { path: file } });
    expect(replaced).toMatchObject({ label: 'A.3', state: 'draft', fileName: 'fixed.txt', changeSummary: null });
    const sha = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
    expect(replaced.sha256).toBe(sha);
    const events = auditEventsAfter(t.core.vault.db, before);
    expect(events.map((e) => e.action)).toEqual(['revision.replaced', 'revision.drafted']);
    expect(events[0]!.reason).toBe('The draft’s file was replaced.');
    const detail = await t.core.call(tokens.arun!, 'documents.get', { number });
    expect(detail.revisions.map((r) => `${r.label} ${r.state}`)).toEqual(['A.1 rejected', 'A.2 replaced', 'A.3 draft']);
    // The rejection still stands until the author resubmits; it names the draft that is open now.
    expect(detail.rejection).toMatchObject({ revision: 'A.1', draft: 'A.3', reason });
    const text = t.core.vault.db.prepare('SELECT t.pages FROM content_texts t JOIN revisions r ON r.content_id = t.content_id WHERE r.id = ?').pluck().get(replaced.id) as string;
    expect(text).toContain('12 Nm');
  });

  it('refuses another author’s replacement, and once the draft is submitted', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.amy!, 'revisions.replaceContent', { number, file: { path: t.file('amy.txt', 'Amy’s text.\n') } }), 'PERMISSION_DENIED');
    await t.core.call(tokens.arun!, 'revisions.submit', { number, ...route });
    expect((await t.core.call(tokens.arun!, 'tasks.mine', {})).filter((x) => x.kind === 'rejected')).toEqual([]);
    expect((await t.core.call(tokens.arun!, 'documents.get', { number })).rejection).toBeNull();
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'revisions.replaceContent', { number, file: { path: t.file('late.txt', 'Too late.\n') } }), 'REVISION_NOT_DRAFT');
  });

  it('leaves a vault that verify explains', async () => {
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.problems).toEqual([]);
  });
});
