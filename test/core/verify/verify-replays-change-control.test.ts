import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStateProblem, tamperedCopy } from '../../helpers/insider-tampering';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { verifyWithCli } from '../../helpers/verify-cli';
import { effectiveDocument, sign } from '../../helpers/workflow';

// An insider with the closed vault and the sqlite3 tool (triggers dropped) rewrites the change-control
// records an auditor reads: a rejected change request made accepted, a reason reworded, the impact
// assessment that decided "no training needed", a link that decides whose owners are asked to check.
// Each was written with an audit event carrying its values, so `quire verify` must name each edit.
describe('verify holds change requests, impact assessments and document links to the trail', () => {
  let t: TestVault;
  const ids = { sop: 0, form: 0, rejected: 0, impactRevision: 0 };
  let sop: string;
  let form: string;
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };

  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'arun', 'rita', 'lukasz', 'carol');
    const rhea = await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    sop = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!);
    form = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!);
    await t.core.call(tokens.carol!, 'documents.link', { number: form, other: sop, kind: 'form' });
    // DCR-0001 accepted and carried out by B; DCR-0002 rejected.
    await t.core.call(rhea, 'changeRequests.create', { number: sop, reason: 'Step 3 names the old torque.', proposal: 'Say 12 Nm.' });
    await t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'DCR-0001', decision: 'accept', comment: 'Agreed.', password: userPassword });
    await t.core.call(rhea, 'changeRequests.create', { number: sop, reason: 'Add a photo of the fixture.' });
    await t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'DCR-0002', decision: 'reject', comment: 'The drawing shows it.', password: userPassword });
    await t.core.call(tokens.carol!, 'revisions.submit', { number: sop, ...route, changeSummary: 'Torque corrected to 12 Nm.', impact: { trainingNeeded: true, linkedDocumentsAffected: true, validationNeeded: false, note: 'Line 2 operators.' } });
    await sign(t, tokens.rita!, sop, 'reviewed');
    await sign(t, tokens.lukasz!, sop, 'approved');
    await t.core.call(tokens.carol!, 'revisions.release', { number: sop, password: userPassword });
    const db = t.core.vault.db;
    const one = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
    ids.sop = one('SELECT id FROM documents WHERE number = ?', sop);
    ids.form = one('SELECT id FROM documents WHERE number = ?', form);
    ids.rejected = one("SELECT id FROM change_requests WHERE number = 'DCR-0002'");
    ids.impactRevision = one('SELECT revision_id FROM change_impacts');
    expect(db.prepare('SELECT number, state FROM change_requests ORDER BY id').all()).toEqual([{ number: 'DCR-0001', state: 'implemented' }, { number: 'DCR-0002', state: 'rejected' }]);
    t.core.close();
  }, 600_000);
  afterAll(() => t.cleanup());

  const tampered = (name: string, sql: string) => tamperedCopy(t.vaultPath, t.dir, name, sql);
  const cliTimeout = 120_000; // the real CLI in a child process, on a machine that may be shared

  it('passes the honest vault', async () => {
    const run = await verifyWithCli(t.vaultPath);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
  }, cliTimeout);

  it('names a rejected change request made accepted', async () => {
    const file = tampered('dcr-accepted', `UPDATE change_requests SET state = 'accepted' WHERE id = ${ids.rejected};`);
    await expectStateProblem(file, new RegExp(`^change request DCR-0002 \\(id ${ids.rejected}\\)$`), /the state is "accepted" in the vault, but the audit trail says "rejected"/);
  }, cliTimeout);

  it("names a change request's reason reworded, and one added without its event", async () => {
    const file = tampered(
      'dcr-reworded',
      `UPDATE change_requests SET reason = 'Routine update.' WHERE number = 'DCR-0001';
       INSERT INTO change_requests (number, document_id, against_revision_id, reason, requested_by, requested_at, state)
         SELECT 'DCR-0003', document_id, against_revision_id, 'Backdated request.', requested_by, requested_at, 'implemented' FROM change_requests WHERE number = 'DCR-0001';`,
    );
    await expectStateProblem(file, /^change request DCR-0001 /, /the reason is "Routine update\." in the vault, but the audit trail says "Step 3 names the old torque\."/);
    await expectStateProblem(file, /^change request DCR-0003 /, /was not raised by any audit event/);
  }, cliTimeout);

  it('names an impact assessment changed to "no training needed"', async () => {
    const file = tampered('impact', `UPDATE change_impacts SET training_needed = 0 WHERE revision_id = ${ids.impactRevision};`);
    await expectStateProblem(file, new RegExp(`^impact assessment of revision ${ids.impactRevision}$`), /"trainingNeeded":false.* in the vault, but audit event \d+ says \{"trainingNeeded":true/);
  }, cliTimeout);

  it('names a link whose kind was changed, and a link removed', async () => {
    const changed = tampered('link-kind', `UPDATE document_links SET kind = 'references';`);
    await expectStateProblem(changed, new RegExp(`^link of document ${ids.form} to ${sop}$`), /is "references" by user \d+ in the vault, but audit event \d+ says "form"/);
    const removed = tampered('link-removed', 'DELETE FROM document_links;');
    await expectStateProblem(removed, /^audit event \d+$/, new RegExp(`linked document ${ids.form} to ${sop}, a link not in the vault`));
  }, cliTimeout);
});
