import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { noChangeImpact } from '../../helpers/workflow';

// The story of issue 3: a revision goes from draft through review and approval to effective,
// with a rejection on the way, and an auditor can read every step back from the vault.
describe('review and approval of a revision', () => {
  let t: TestVault;
  let author: string;
  let reviewer1: string;
  let reviewer2: string;
  let approver: string;
  let controller: string;
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    reviewer1 = await t.addSignedInUser('rita', 'Rita Reviewer', ['reviewer']);
    reviewer2 = await t.addSignedInUser('zhang', '张伟', ['reviewer']);
    approver = await t.addSignedInUser('lukasz', 'Łukasz Ñúñez', ['approver']);
    controller = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
    const doc = await t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Line clearance', file: { path: t.file('a.txt', 'Rev A text\n') } });
    number = doc.number;
  });
  afterAll(() => t.cleanup());

  it('walks draft → review → rejection → new draft → approval → effective', async () => {
    const route = await t.core.call(author, 'revisions.submit', { number, reviewers: ['rita', 'zhang'], approvers: ['lukasz'] });
    expect(route.revisionState).toBe('in_review');
    expect(route.tasks.map((x) => `${x.stage}:${x.assignee.username}`)).toEqual(['review:rita', 'review:zhang', 'approval:lukasz']);

    // Approving before review completes is refused.
    await expect(t.core.call(approver, 'revisions.sign', { number, meaning: 'approved', password: userPassword })).rejects.toMatchObject({ code: 'REVIEW_NOT_COMPLETE' });

    await viewRevision(t.core, reviewer1, number);
    await t.core.call(reviewer1, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword, comment: 'Fine.' });
    await viewRevision(t.core, reviewer2, number);
    const afterReview = await t.core.call(reviewer2, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
    expect(afterReview.route.revisionState).toBe('in_approval');
    expect(afterReview.signature.signer.printedName).toBe('张伟');
    expect(afterReview.signature.meaning).toBe('reviewed');

    // The approver rejects: the route closes and a new working draft A.2 holds the same content.
    const rejected = await t.core.call(approver, 'revisions.reject', { number, comment: 'Step 3 needs a second signature.' });
    expect(rejected.state).toBe('rejected');
    const afterReject = await t.core.call(author, 'documents.get', { number });
    expect(afterReject.revisions.map((r) => `${r.label}:${r.state}`)).toEqual(['A.1:rejected', 'A.2:draft']);
    expect(afterReject.revisions[1]!.sha256).toBe(afterReject.revisions[0]!.sha256);

    // The author revises, and the route passes.
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('a3.txt', 'Rev A text, second signature added\n') }, changeSummary: 'Second signature in step 3.' });
    await t.core.call(author, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'] });
    await viewRevision(t.core, reviewer1, number);
    await t.core.call(reviewer1, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
    await viewRevision(t.core, approver, number);
    const approved = await t.core.call(approver, 'revisions.sign', { number, meaning: 'approved', password: userPassword });
    expect(approved.route.revisionState).toBe('approved');
    expect(approved.route.revision).toBe('A');

    const released = await t.core.call(controller, 'revisions.release', { number, password: userPassword });
    expect(released).toMatchObject({ revision: 'A', state: 'effective', superseded: null });

    // Revision B supersedes A in the same transaction that makes B effective.
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('b.txt', 'Rev B text\n') }, changeSummary: 'Rewritten for the new line.' });
    await t.core.call(author, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await viewRevision(t.core, reviewer2, number);
    await t.core.call(reviewer2, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
    await viewRevision(t.core, approver, number);
    await t.core.call(approver, 'revisions.sign', { number, meaning: 'approved', password: userPassword });
    const releasedB = await t.core.call(controller, 'revisions.release', { number, password: userPassword });
    expect(releasedB).toMatchObject({ revision: 'B', state: 'effective', superseded: 'A' });

    const history = await t.core.call(author, 'documents.get', { number });
    expect(history.revisions.map((r) => `${r.label}:${r.state}`)).toEqual(['A.1:rejected', 'A.2:replaced', 'A:superseded', 'B:effective']);

    const trail = await t.core.call(controller, 'audit.list', {});
    const acts = trail.filter((e) => e.entityType === 'revision').map((e) => `${e.action}${e.user ? `@${e.user}` : ''}`);
    // Every step, in order, with who did it (each signer saw the content first); the reject and review comments say why.
    expect(acts).toEqual([
      'revision.drafted@arun', 'revision.submitted@arun', 'revision.viewed@rita', 'revision.signed@rita', 'revision.viewed@zhang', 'revision.signed@zhang', 'revision.review_completed@zhang',
      'revision.rejected@lukasz', 'revision.drafted@lukasz', 'revision.replaced@arun', 'revision.drafted@arun', 'revision.submitted@arun',
      'revision.viewed@rita', 'revision.signed@rita', 'revision.review_completed@rita', 'revision.viewed@lukasz', 'revision.signed@lukasz', 'revision.approved@lukasz', 'revision.released@carol', 'revision.effective@carol',
      // From the second revision on, the author states the change record (here with the new draft).
      'revision.drafted@arun', 'revision.change_record_stated@arun', 'revision.submitted@arun', 'revision.viewed@zhang', 'revision.signed@zhang', 'revision.review_completed@zhang', 'revision.viewed@lukasz', 'revision.signed@lukasz', 'revision.approved@lukasz',
      'revision.released@carol', 'revision.superseded@carol', 'revision.effective@carol',
    ]);
    expect(trail.every((e) => !Number.isNaN(Date.parse(e.occurredAt)) && e.occurredAt.endsWith('Z'))).toBe(true);
    expect(trail.find((e) => e.action === 'revision.signed')!.reason).toBe('Fine.');
    expect(trail.find((e) => e.action === 'revision.rejected')!.reason).toBe('Step 3 needs a second signature.');

    const checks = await t.core.call(controller, 'signatures.verify', { number });
    expect(checks.length).toBe(8);
    expect(checks.every((c) => c.valid)).toBe(true);
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.problems).toEqual([]);
    expect(report.signatures).toBe(8);
  });
});
