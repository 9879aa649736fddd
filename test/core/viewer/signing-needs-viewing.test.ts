import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { approvedDocument, auditEventsAfter, expectRefusal, lastAuditEventId, routedDocument } from '../../helpers/workflow';

// Issue 11: people signed what they never saw. Every signature that attests to content — reviewed,
// approved, read and understood, periodic review, withdrawal — is refused until the signer has been
// shown that content (the same SHA-256), and its audit event says the viewing it rests on.
describe('a signature needs the signer to have seen the document', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  const db = () => t.core.vault.db;
  const failedAttempts = (username: string) => db().prepare('SELECT failed_attempts FROM users WHERE username = ?').pluck().get(username);

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'zhang', 'lukasz', 'maria', 'carol'));
  });
  afterAll(() => t.cleanup());

  const signReview = (token: string, number: string) => t.core.call(token, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });

  it('a review is refused before the reviewer opened the revision, without counting a password attempt', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    const before = lastAuditEventId(db());
    await expectRefusal(db(), () => signReview(tokens.rita!, number), 'DOCUMENT_NOT_VIEWED', /rita has not opened/, new RegExp(`${number} A\\.1`));
    expect(auditEventsAfter(db(), before)).toEqual([]);
    expect(failedAttempts('rita')).toBe(0);
    // Someone else's viewing does not count for rita.
    await viewRevision(t.core, tokens.arun!, number);
    await expectRefusal(db(), () => signReview(tokens.rita!, number), 'DOCUMENT_NOT_VIEWED');
  });

  it('once shown, the signature is accepted and its audit event records the viewing and how many pages were seen', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await viewRevision(t.core, tokens.rita!, number, 'newest', { shown: 1, of: 3 });
    await viewRevision(t.core, tokens.rita!, number, 'newest', { shown: 3, of: 3 });
    const before = lastAuditEventId(db());
    await signReview(tokens.rita!, number);
    const signed = auditEventsAfter(db(), before).find((e) => e.action === 'revision.signed');
    expect(signed?.newValue).toMatchObject({ meaning: 'reviewed', viewed: { how: 'viewer', pagesShown: 3, pageCount: 3, viewedAt: expect.any(String), eventId: expect.any(Number) } });
  });

  it('records a viewing only of the bytes the revision holds, and never more pages than there are', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    const { revisions } = await t.core.call(tokens.rita!, 'documents.get', { number });
    await expect(t.core.call(tokens.rita!, 'revisions.recordViewing', { number, label: 'A.1', contentSha256: 'f'.repeat(64), pages: { shown: 1, of: 1 } })).rejects.toMatchObject({ code: 'CONTENT_TAMPERED' });
    await expect(t.core.call(tokens.rita!, 'revisions.recordViewing', { number, label: 'A.1', contentSha256: revisions[0]!.sha256, pages: { shown: 4, of: 2 } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expectRefusal(db(), () => signReview(tokens.rita!, number), 'DOCUMENT_NOT_VIEWED');
  });

  it('a viewing of a rejected revision counts for the draft that holds the same content', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await viewRevision(t.core, tokens.rita!, number);
    await t.core.call(tokens.rita!, 'revisions.reject', { number, comment: 'Step 2 is unclear.' });
    await t.core.call(tokens.arun!, 'revisions.submit', { number, ...route });
    expect((await signReview(tokens.rita!, number)).signature.revision).toBe('A.2');
  });

  it('acknowledgement, periodic review and withdrawal need a viewing of the effective revision', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    await t.core.call(tokens.carol!, 'training.assign', { number, users: ['zhang'] });
    await expectRefusal(db(), () => t.core.call(tokens.zhang!, 'training.acknowledge', { number, password: userPassword }), 'DOCUMENT_NOT_VIEWED', /zhang has not opened/);
    await viewRevision(t.core, tokens.zhang!, number, 'effective');
    const before = lastAuditEventId(db());
    await t.core.call(tokens.zhang!, 'training.acknowledge', { number, password: userPassword });
    expect(auditEventsAfter(db(), before).find((e) => e.action === 'training.acknowledged')?.newValue).toMatchObject({ viewed: { how: 'viewer', pagesShown: 1 } });

    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'reviews.complete', { number, password: userPassword }), 'DOCUMENT_NOT_VIEWED');
    await viewRevision(t.core, tokens.arun!, number, 'effective');
    await t.core.call(tokens.arun!, 'reviews.complete', { number, password: userPassword });

    await t.core.call(tokens.carol!, 'documents.requestWithdrawal', { number, reason: 'Replaced by a work instruction.' });
    await expectRefusal(db(), () => t.core.call(tokens.maria!, 'documents.approveWithdrawal', { number, password: userPassword }), 'DOCUMENT_NOT_VIEWED', /maria has not opened/);
    await viewRevision(t.core, tokens.maria!, number, 'effective');
    expect(await t.core.call(tokens.maria!, 'documents.approveWithdrawal', { number, password: userPassword })).toMatchObject({ status: 'obsolete' });
  });

  it('a release is signed without a viewing (the controller releases what was approved)', async () => {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    expect(await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword })).toMatchObject({ state: 'effective' });
  });
});
