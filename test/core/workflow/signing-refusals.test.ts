import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { approvedDocument, auditEventsAfter, draftDocument, expectRefusal, insiderEdits, lastAuditEventId, routedDocument, sign, snapshotWorkflowTables } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// Every way a signature must be refused (21 CFR 11.200, 11.300). Each refusal is a clear error that
// names who, what and why, and leaves the workflow tables of the vault exactly as they were.
describe('signing a revision is refused', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita', 'zhang'], approvers: ['lukasz'] };

  beforeAll(async () => {
    t = await createTestVault();
    const people: [string, string, ('author' | 'reviewer' | 'approver' | 'controller' | 'reader')[]][] = [
      ['arun', 'Arun Author', ['author']],
      ['ann', 'Ann Author-Approver', ['author', 'approver']],
      ['rita', 'Rita Reviewer', ['reviewer']],
      ['zhang', '张伟', ['reviewer']],
      ['lena', 'Lena Locked', ['reviewer']],
      ['dave', 'Dave Disabled', ['reviewer']],
      ['lukasz', 'Łukasz Ñúñez', ['approver']],
      ['carol', 'Carol Controller', ['controller']],
      ['rob', 'Rob Reader', ['reader']],
    ];
    for (const [username, fullName, roles] of people) tokens[username] = await t.addSignedInUser(username, fullName, roles);
  });
  afterAll(() => t.cleanup());

  const db = () => t.core.vault.db;
  const failedAttempts = (username: string) => (db().prepare('SELECT failed_attempts, locked_at FROM users WHERE username = ?').get(username) as { failed_attempts: number; locked_at: string | null });

  it('with a wrong password: only the refusal is audited and the failed attempt counted', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    const userBefore = db().prepare("SELECT * FROM users WHERE username = 'rita'").get() as Record<string, unknown>;
    await viewRevision(t.core, tokens.rita!, number);
    const auditBefore = lastAuditEventId(db());

    await expectRefusal(db(), () => t.core.call(tokens.rita!, 'revisions.sign', { number, meaning: 'reviewed', password: 'Not-my-password-1' }), 'WRONG_PASSWORD', /password is wrong/);

    expect(auditEventsAfter(db(), auditBefore)).toEqual([
      { action: 'user.password_refused', username: 'rita', newValue: { purpose: 'signature (reviewed)', why: 'wrong password', failedAttempts: 1 }, reason: null },
    ]);
    expect(db().prepare("SELECT * FROM users WHERE username = 'rita'").get()).toEqual({ ...userBefore, failed_attempts: 1 });

    // The right password then signs, and the count starts again.
    await sign(t, tokens.rita!, number, 'reviewed');
    expect(failedAttempts('rita').failed_attempts).toBe(0);
  });

  it('by a user without the role, or not on the route', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await expectRefusal(db(), () => sign(t, tokens.rob!, number, 'reviewed'), 'PERMISSION_DENIED', /rob/, /review revisions/);
    await expectRefusal(db(), () => sign(t, tokens.rita!, number, 'approved'), 'PERMISSION_DENIED', /rita/, /approver/, /approve revisions/);
    await expectRefusal(db(), () => sign(t, tokens.lena!, number, 'reviewed'), 'NOT_ASSIGNED', /lena is not a reviewer/, new RegExp(number));
  });

  it('by the author as approver: the route cannot name them, so they have nothing to sign', async () => {
    const number = await draftDocument(t, tokens.ann!);
    await expectRefusal(db(), () => t.core.call(tokens.ann!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['ann'] }), 'SELF_APPROVAL', /ann wrote/, new RegExp(number), /approve/);
    // Not even a controller can put the author on the route.
    await expectRefusal(db(), () => t.core.call(tokens.carol!, 'revisions.submit', { number, reviewers: ['ann'], approvers: ['lukasz'] }), 'SELF_APPROVAL', /ann wrote/, /review/);

    await t.core.call(tokens.ann!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'] });
    await sign(t, tokens.rita!, number, 'reviewed');
    await expectRefusal(db(), () => sign(t, tokens.ann!, number, 'approved'), 'NOT_ASSIGNED', /ann is not an approver/, new RegExp(number));
  });

  it('twice in the same role', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await sign(t, tokens.rita!, number, 'reviewed');
    await expectRefusal(db(), () => sign(t, tokens.rita!, number, 'reviewed'), 'ALREADY_SIGNED', /rita has already signed/, new RegExp(number), /reviewer/);
    await sign(t, tokens.zhang!, number, 'reviewed');
    // Still refused once the route has moved on to approval.
    await expectRefusal(db(), () => sign(t, tokens.zhang!, number, 'reviewed'), 'ALREADY_SIGNED', /zhang has already signed/);
  });

  it('after the route closed: approved, or rejected back to draft', async () => {
    const approved = await approvedDocument(t, tokens.arun!, route, tokens);
    await expectRefusal(db(), () => sign(t, tokens.rita!, approved, 'reviewed'), 'ROUTE_NOT_OPEN', new RegExp(`${approved} cannot be signed`), /revision A is approved/);
    await expectRefusal(db(), () => sign(t, tokens.lukasz!, approved, 'approved'), 'ROUTE_NOT_OPEN', new RegExp(approved));

    const rejected = await routedDocument(t, tokens.arun!, route);
    await t.core.call(tokens.rita!, 'revisions.reject', { number: rejected, comment: 'Scope is unclear.' });
    await expectRefusal(db(), () => sign(t, tokens.zhang!, rejected, 'reviewed'), 'ROUTE_NOT_OPEN', new RegExp(rejected), /A\.2 is draft/);
  });

  it('for approval before the review is complete', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await sign(t, tokens.rita!, number, 'reviewed');
    await expectRefusal(db(), () => sign(t, tokens.lukasz!, number, 'approved'), 'REVIEW_NOT_COMPLETE', new RegExp(number), /still in review/);
  });

  it('on content changed behind the app’s back: detected, and nothing signed', async () => {
    const number = await routedDocument(t, tokens.arun!, route, { text: 'Original frozen text that reviewers will see.\n' });
    await viewRevision(t.core, tokens.rita!, number);
    const auditBefore = lastAuditEventId(db());
    insiderEdits(t, ['content_chunks'], "UPDATE content_chunks SET data = CAST('Quietly different text.' AS BLOB) WHERE content_id = (SELECT content_id FROM revisions WHERE sha256 = (SELECT content_sha256 FROM routes ORDER BY id DESC LIMIT 1));");

    await expectRefusal(db(), () => t.core.call(tokens.rita!, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword }), 'CONTENT_TAMPERED', new RegExp(number), /changed outside Quire/, /Nothing was signed/);
    // Refused before the password was asked for: no attempt counted, nothing audited.
    expect(lastAuditEventId(db())).toBe(auditBefore);
    expect(failedAttempts('rita').failed_attempts).toBe(0);
  });

  it('by a disabled user', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['dave'], approvers: ['lukasz'] });
    await t.core.call(t.adminToken, 'users.disable', { username: 'dave', reason: 'Left the company.' });
    await expectRefusal(db(), () => t.core.call(tokens.dave!, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword }), 'ACCOUNT_DISABLED', /disabled/);
    await expect(t.core.login('dave', userPassword)).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
  });

  it('by a user locked after five failed attempts, sign-in and signing counted together; the lock is audited', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['lena'], approvers: ['lukasz'] });
    await viewRevision(t.core, tokens.lena!, number);
    const auditBefore = lastAuditEventId(db());
    for (let i = 0; i < 2; i++) await expect(t.core.login('lena', 'Wrong-sign-in-9')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    const wrongSignature = () => t.core.call(tokens.lena!, 'revisions.sign', { number, meaning: 'reviewed', password: 'Wrong-signature-9' });
    await expectRefusal(db(), wrongSignature, 'WRONG_PASSWORD');
    await expectRefusal(db(), wrongSignature, 'WRONG_PASSWORD');
    expect(failedAttempts('lena')).toEqual({ failed_attempts: 4, locked_at: null });

    await expectRefusal(db(), wrongSignature, 'ACCOUNT_LOCKED', /5th failed attempt/, /locked until an administrator unlocks it/);
    expect(failedAttempts('lena').locked_at).not.toBeNull();
    const events = auditEventsAfter(db(), auditBefore);
    expect(events.map((e) => e.action)).toEqual(['user.password_refused', 'user.password_refused', 'user.password_refused', 'user.password_refused', 'user.password_refused', 'user.locked']);
    expect(events.at(-1)).toMatchObject({ username: 'lena', reason: '5 failed password attempts' });

    // Now even the right password cannot sign.
    await expectRefusal(db(), () => sign(t, tokens.lena!, number, 'reviewed'), 'ACCOUNT_LOCKED', /locked/);
    await expect(t.core.login('lena', userPassword)).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });

    // Once an administrator unlocks the account, lena signs.
    await t.core.call(t.adminToken, 'users.unlock', { username: 'lena', reason: 'Identity confirmed by phone.' });
    const { token } = await t.core.login('lena', userPassword);
    const signed = await sign(t, token, number, 'reviewed');
    expect(signed.signature.signer.username).toBe('lena');
  });

  it('and a revision that is not approved cannot be released', async () => {
    const inReview = await routedDocument(t, tokens.arun!, route);
    await expectRefusal(db(), () => t.core.call(tokens.carol!, 'revisions.release', { number: inReview, password: userPassword }), 'REVISION_NOT_APPROVED', new RegExp(`${inReview} cannot be released`), /in review/);
    const draft = await draftDocument(t, tokens.arun!);
    await expectRefusal(db(), () => t.core.call(tokens.carol!, 'revisions.release', { number: draft, password: userPassword }), 'REVISION_NOT_APPROVED', /A\.1 is draft/);
    // Only a controller releases at all.
    const approved = await approvedDocument(t, tokens.arun!, route, tokens);
    await expectRefusal(db(), () => t.core.call(tokens.lukasz!, 'revisions.release', { number: approved, password: userPassword }), 'PERMISSION_DENIED', /lukasz/, /release revisions/);
    expect(snapshotWorkflowTables(db()).revisions).toContainEqual(expect.objectContaining({ state: 'approved', effective_date: null }));
  });
});
