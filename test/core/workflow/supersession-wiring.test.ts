import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/core/workflow/calendar-dates';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { runNewHost } from '../../helpers/new-host-child';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { noChangeImpact } from '../../helpers/workflow';

const day = 24 * 60 * 60 * 1000;

// Issue 8, point 2: a host that loads only the core modules it needs to release or withdraw (an
// importer, a replication applier) must still recall the paper. Nothing may hang on a module having
// been imported for its side effect: the release and the withdrawal call the recall themselves.
describe('controlled copies fall due for recall in a host that never loads the print handlers', () => {
  let t: TestVault;
  let team: DocumentTeam;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
  }, 600_000);
  afterAll(() => t.cleanup());

  async function issueCopy(number: string, copyholder: string) {
    return t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder, location: 'Line 1', destination: path.join(t.dir, `${number}-${copyholder}.pdf`) });
  }

  async function copiesAndTrail(number: string) {
    const copies = await t.core.call(team.reader, 'copies.list', { number });
    const trail = await t.core.call(t.adminToken, 'audit.list', {});
    return { copies: copies.map((c) => [c.copyNumber, c.revision, c.revisionState, c.status]), recalls: trail.filter((e) => e.action === 'revision.copy_due_for_recall' && JSON.stringify(e.newValue).includes(number)) };
  }

  it('on supersession: a release that falls due is applied by the new host, and the copies of A fall due with it', async () => {
    const number = await registerEffectiveDocument(t, team, 'Gowning for the clean room', t.file('gowning-a.md', '# Gowning\n\n1. Hair cover first.\n'));
    await issueCopy(number, 'Jane Doe');
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('gowning-b.md', '# Gowning\n\n1. Hair cover first.\n2. Then the mask.\n') }, changeSummary: 'Mask after hair cover.' });
    await t.core.call(team.author, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await viewRevision(t.core, team.reviewer, number);
    await t.core.call(team.reviewer, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
    await viewRevision(t.core, team.approver, number);
    await t.core.call(team.approver, 'revisions.sign', { number, meaning: 'approved', password: userPassword });
    const tomorrow = localDate(new Date(Date.now() + day));
    await t.core.call(team.controller, 'revisions.release', { number, effectiveDate: tomorrow, password: userPassword });
    expect((await copiesAndTrail(number)).copies).toEqual([[1, 'A', 'effective', 'issued']]);

    const applied = runNewHost(['apply-due-releases', t.vaultPath, new Date(Date.now() + 2 * day).toISOString()]);

    expect(applied).toEqual([`${number} B`]);
    const after = await copiesAndTrail(number);
    expect(after.copies).toEqual([[1, 'A', 'superseded', 'due_for_recall']]);
    expect(after.recalls).toHaveLength(1);
    expect(after.recalls[0]).toMatchObject({ workstation: 'new-host', newValue: { copyNumber: 1, copyholder: 'Jane Doe', status: 'due_for_recall', revisionState: 'superseded' } });
  });

  it('on withdrawal: the new host signs the withdrawal, and the copies of the now obsolete revision fall due', async () => {
    const number = await registerEffectiveDocument(t, team, 'Old label printer procedure', t.file('labels-a.md', '# Labels\n\nUse printer 3.\n'));
    await issueCopy(number, 'Piotr');
    await issueCopy(number, 'Amélie');
    await t.core.call(team.controller, 'documents.requestWithdrawal', { number, reason: 'Printer 3 scrapped.' });
    const lukasz = await t.core.login('lukasz', userPassword);
    await viewRevision(t.core, lukasz.token, number, 'effective');

    const withdrawn = runNewHost(['approve-withdrawal', t.vaultPath, new Date().toISOString(), 'lukasz', userPassword, number]);

    expect(withdrawn).toEqual({ document: number, status: 'obsolete' });
    const after = await copiesAndTrail(number);
    expect(after.copies).toEqual([
      [1, 'A', 'obsolete', 'due_for_recall'],
      [2, 'A', 'obsolete', 'due_for_recall'],
    ]);
    expect(after.recalls.map((e) => e.workstation)).toEqual(['new-host', 'new-host']);
  });
});
