import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { auditEventsAfter, draftDocument, expectRefusal, lastAuditEventId, routedDocument, sign } from '../../helpers/workflow';

// Four eyes, kept by the core: whoever reviews a revision does not also approve it, nobody grants
// themself a role, and only a pending reviewer or approver who still holds that role rejects.
describe('separation of duties', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const db = () => t.core.vault.db;
  const rolesOf = (username: string) => db().prepare('SELECT role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = ? ORDER BY role').pluck().all(username);

  beforeAll(async () => {
    t = await createTestVault();
    tokens.arun = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    tokens.vera = await t.addSignedInUser('vera', 'Vera Both', ['reviewer', 'approver']);
    tokens.rita = await t.addSignedInUser('rita', 'Rita Reviewer', ['reviewer']);
    tokens.lukasz = await t.addSignedInUser('lukasz', 'Łukasz Ñúñez', ['approver']);
    tokens.adam = await t.addSignedInUser('adam', 'Adam Second-Admin', ['admin']);
  }, 600_000); // five users, each a few scrypt checks: slow on a loaded machine
  afterAll(() => t.cleanup());

  it('refuses a route on which one person both reviews and approves, until an audited vault setting relaxes it', async () => {
    const number = await draftDocument(t, tokens.arun!);
    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['vera'], approvers: ['vera'] }), 'DUTIES_NOT_SEPARATED', /vera cannot both review and approve/, new RegExp(number));
    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rita', 'vera'], approvers: ['lukasz', 'vera'] }), 'DUTIES_NOT_SEPARATED', /vera/);

    const before = lastAuditEventId(db());
    const settings = await t.core.call(t.adminToken, 'vault.updateSettings', { reviewersMayApprove: true, reason: 'Two-person site: QA manager reviews and approves (deviation DV-12).' });
    expect(settings.reviewersMayApprove).toBe(true);
    expect(auditEventsAfter(db(), before)).toEqual([
      expect.objectContaining({ action: 'vault.settings_changed', username: 'admin', reason: 'Two-person site: QA manager reviews and approves (deviation DV-12).', newValue: expect.objectContaining({ reviewersMayApprove: true }) }),
    ]);
    const route = await t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['vera'], approvers: ['vera'] });
    expect(route.tasks.map((task) => [task.stage, task.assignee.username])).toEqual([['review', 'vera'], ['approval', 'vera']]);
    await t.core.call(t.adminToken, 'vault.updateSettings', { reviewersMayApprove: false, reason: 'Second QA person hired.' });
    expect((await t.core.call(t.adminToken, 'vault.settings', {})).reviewersMayApprove).toBe(false);
  });

  it('keeps the author off their own route, as reviewer and as approver', async () => {
    tokens.ann = await t.addSignedInUser('ann', 'Ann Author-Approver', ['author', 'reviewer', 'approver']);
    const number = await draftDocument(t, tokens.ann);
    await expectRefusal(db(), () => t.core.call(tokens.ann!, 'revisions.submit', { number, reviewers: ['ann'], approvers: ['lukasz'] }), 'SELF_APPROVAL', /ann wrote/, /review/);
    await expectRefusal(db(), () => t.core.call(tokens.ann!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['ann'] }), 'SELF_APPROVAL', /ann wrote/, /approve/);
  });

  it('lets nobody change their own roles: an administrator cannot make themself approver or controller', async () => {
    const before = lastAuditEventId(db());
    for (const roles of [['admin', 'approver'], ['admin', 'controller'], ['reader']] as const) {
      await expect(t.core.call(t.adminToken, 'users.setRoles', { username: 'admin', roles: [...roles], reason: 'Need to approve today.' })).rejects.toMatchObject({ code: 'OWN_ROLES_UNCHANGEABLE', message: expect.stringMatching(/admin cannot change their own roles/) });
    }
    expect(rolesOf('admin')).toEqual(['admin']);
    expect(auditEventsAfter(db(), before).filter((e) => e.action === 'user.roles_changed')).toEqual([]);
    // Another administrator may, and it is audited with the reason.
    const changed = await t.core.call(tokens.adam!, 'users.setRoles', { username: 'admin', roles: ['admin', 'approver'], reason: 'Covers approvals during the audit week.' });
    expect(changed.roles).toEqual(['admin', 'approver']);
    expect(auditEventsAfter(db(), before).at(-1)).toMatchObject({ action: 'user.roles_changed', username: 'adam', reason: 'Covers approvals during the audit week.' });
  });

  it('lets only a pending reviewer or approver who still holds that role reject', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] });
    // Not on the route: refused.
    await expectRefusal(db(), () => t.core.call(tokens.vera!, 'revisions.reject', { number, comment: 'I do not like it.' }), 'NOT_ASSIGNED');
    // The approver cannot reject while the revision is still in review.
    await expectRefusal(db(), () => t.core.call(tokens.lukasz!, 'revisions.reject', { number, comment: 'Too early.' }), 'NOT_ASSIGNED');
    // On the route, but the reviewer role was taken away after routing: refused like signing is.
    await t.core.call(t.adminToken, 'users.setRoles', { username: 'rita', roles: ['reader'], reason: 'Moved to production.' });
    await expectRefusal(db(), () => t.core.call(tokens.rita!, 'revisions.reject', { number, comment: 'Still here.' }), 'PERMISSION_DENIED', /rita \(reader\) may not reject as reviewer/);
    await expectRefusal(db(), () => sign(t, tokens.rita!, number, 'reviewed'), 'PERMISSION_DENIED', /may not sign as reviewer/);
    await t.core.call(t.adminToken, 'users.setRoles', { username: 'rita', roles: ['reviewer'], reason: 'Back in QA.' });
    const route = await t.core.call(tokens.rita!, 'revisions.reject', { number, comment: 'Step 3 is missing the temperature.' });
    expect(route.state).toBe('rejected');
  });

  it('checks the rejecting approver too, once the revision is in approval', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] });
    await sign(t, tokens.rita!, number, 'reviewed');
    await t.core.call(t.adminToken, 'users.setRoles', { username: 'lukasz', roles: ['reader'], reason: 'Approvals moved to the QA manager.' });
    await expectRefusal(db(), () => t.core.call(tokens.lukasz!, 'revisions.reject', { number, comment: 'No.' }), 'PERMISSION_DENIED', /may not reject as approver/);
    await t.core.call(t.adminToken, 'users.setRoles', { username: 'lukasz', roles: ['approver'], reason: 'Restored.' });
    expect((await t.core.call(tokens.lukasz!, 'revisions.reject', { number, comment: 'Wrong template.' })).state).toBe('rejected');
  });
});
