import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qpdfCheckClean, pdfTextByPage, squash } from '../../helpers/pdf-tools';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { draftDocument, effectiveDocument, expectRefusal, sign } from '../../helpers/workflow';

const noImpact = { trainingNeeded: false, linkedDocumentsAffected: false, validationNeeded: false };

// Issue 13, item 1: a reader on the shop floor asks for a change; the owner's controller accepts it with a
// signature, which starts the next draft; the draft is routed and released; the request is implemented.
describe('a change request from a reader, taken to an effective revision', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.rhea = await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    number = await effectiveDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, tokens.carol!);
  });
  afterAll(() => t.cleanup());

  it('lets a reader ask for a change, with a proposal and a marked-up file, and numbers it DCR-0001', async () => {
    const markup = t.file('marked-up.txt', 'Step 3: the torque is 12 Nm, not 10 Nm (marked up on the line).\n');
    const dcr = await t.core.call(tokens.rhea!, 'changeRequests.create', { number, reason: 'The torque in step 3 is wrong.', proposal: 'Say 12 Nm.', file: { path: markup } });
    expect(dcr).toMatchObject({ number: 'DCR-0001', document: number, against: 'A', state: 'open', requestedBy: { username: 'rhea' }, proposal: 'Say 12 Nm.', markup: { fileName: 'marked-up.txt' } });
    const stored = t.core.vault.db.prepare('SELECT c.sha256 FROM change_requests r JOIN contents c ON c.id = r.markup_content_id').get() as { sha256: string };
    expect(stored.sha256).toBe(dcr.markup!.sha256);
  });

  it("puts the request on the owner's and the controller's home page, not the reader's", async () => {
    for (const who of ['arun', 'carol']) {
      const { tasks } = await t.core.call(tokens[who]!, 'home.summary', {});
      expect(tasks).toContainEqual(expect.objectContaining({ kind: 'change-request', document: number, changeRequest: 'DCR-0001', actionable: true }));
    }
    expect((await t.core.call(tokens.rhea!, 'tasks.mine', {})).filter((task) => task.kind === 'change-request')).toEqual([]);
  });

  it('refuses the reader deciding it, and leaves everything as it was', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rhea!, 'changeRequests.decide', { dcr: 'DCR-0001', decision: 'accept', comment: 'Yes', password: userPassword }), 'CHANGE_CONTROL_NOT_ALLOWED', /rhea/, /owner \(arun\)/);
    expect((await t.core.call(tokens.carol!, 'changeRequests.list', {}))[0]!.state).toBe('open');
  });

  it('accepts it with a signature that starts draft B.1, the request as its change summary', async () => {
    const result = await t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'dcr-0001', decision: 'accept', comment: 'Agreed: engineering confirmed 12 Nm.', password: userPassword });
    expect(result).toMatchObject({ draft: 'B.1', changeRequest: { state: 'accepted', draft: 'B.1', decidedBy: { username: 'carol' } }, signature: { meaning: 'change-accepted', revision: 'A' } });
    const detail = await t.core.call(tokens.carol!, 'documents.get', { number });
    expect(detail.revisions.map((r) => `${r.label} ${r.state}`)).toEqual(['A effective', 'B.1 draft']);
    expect(detail.revisions[1]!.changeSummary).toBe('DCR-0001: The torque in step 3 is wrong.');
  });

  it('refuses deciding the same request twice', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'DCR-0001', decision: 'reject', comment: 'No', password: userPassword }), 'CHANGE_REQUEST_DECIDED', /DCR-0001/, /accepted/);
  });

  it('joins a second accepted request to the open draft instead of starting another', async () => {
    await t.core.call(tokens.rhea!, 'changeRequests.create', { number, reason: 'Add the photo of the fixture.' });
    const result = await t.core.call(tokens.arun!, 'changeRequests.decide', { dcr: 'DCR-0002', decision: 'accept', comment: 'Yes, in the same revision.', password: userPassword });
    expect(result.draft).toBe('B.1');
    expect((await t.core.call(tokens.carol!, 'documents.get', { number })).revisions).toHaveLength(2);
  });

  it('rejects a third with a signed comment', async () => {
    await t.core.call(tokens.rhea!, 'changeRequests.create', { number, reason: 'Use a bigger font.' });
    const result = await t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'DCR-0003', decision: 'reject', comment: 'The font follows the house style.', password: userPassword });
    expect(result).toMatchObject({ draft: null, changeRequest: { state: 'rejected', decisionComment: 'The font follows the house style.' }, signature: { meaning: 'change-rejected' } });
  });

  it('requires the change record of B.1 at submission: its impact assessment', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'] }), 'CHANGE_IMPACT_REQUIRED', new RegExp(`${number} B\\.1`), /training/);
  });

  it('implements both accepted requests when B becomes effective', async () => {
    await t.core.call(tokens.carol!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'], changeSummary: 'Torque corrected to 12 Nm; fixture photo added.', impact: { ...noImpact, trainingNeeded: true, note: 'Operators on line 2.' } });
    await sign(t, tokens.rita!, number, 'reviewed');
    await sign(t, tokens.lukasz!, number, 'approved');
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    const implemented = await t.core.call(tokens.rhea!, 'changeRequests.list', { status: 'implemented' });
    expect(implemented.map((c) => [c.number, c.implementedIn])).toEqual([
      ['DCR-0001', 'B'],
      ['DCR-0002', 'B'],
    ]);
    expect((await t.core.call(tokens.rhea!, 'changeRequests.list', { status: 'rejected' })).map((c) => c.number)).toEqual(['DCR-0003']);
  });

  it("shows the requests in the document's history and its change record", async () => {
    const history = await t.core.call(tokens.carol!, 'documents.history', { number });
    const lines = history.map((e) => e.description);
    expect(lines).toEqual(expect.arrayContaining(['Change requested: DCR-0001', 'DCR-0001 accepted (signed); carried out in B.1', 'DCR-0001 implemented', 'DCR-0003 rejected (signed)']));
    const record = await t.core.call(tokens.rhea!, 'changeRecords.get', { number });
    expect(record.map((r) => r.revision)).toEqual(['A', 'B']);
    expect(record[1]).toMatchObject({
      changeSummary: 'Torque corrected to 12 Nm; fixture photo added.',
      impact: { trainingNeeded: true, linkedDocumentsAffected: false, validationNeeded: false, note: 'Operators on line 2.' },
      changeRequests: [{ number: 'DCR-0001' }, { number: 'DCR-0002' }],
      reviewers: [{ username: 'rita' }],
      approvers: [{ username: 'lukasz' }],
      effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('writes the change record as a PDF that qpdf and pdftotext read', async () => {
    const destination = join(t.dir, 'change-record.pdf');
    const result = await t.core.call(tokens.rhea!, 'changeRecords.exportPdf', { number, destination });
    expect(result).toMatchObject({ path: destination, revisions: 2 });
    qpdfCheckClean(destination);
    const text = squash(pdfTextByPage(destination).join('\n'));
    for (const words of ['Change record', 'Revision B', 'DCR-0001', 'DCR-0002', 'Torque corrected to 12 Nm', 'training needed: yes', 'Rita Reviewer', 'Łukasz Ñúñez']) expect(text).toContain(squash(words));
  });

  it("prints B's signature manifest with the change requests it carries out, and A's without that section", async () => {
    const printB = join(t.dir, 'print-b.pdf');
    const printA = join(t.dir, 'print-a.pdf');
    await t.core.call(tokens.rhea!, 'prints.print', { number, mode: 'uncontrolled', destination: printB });
    await t.core.call(tokens.carol!, 'prints.print', { number, label: 'A', mode: 'uncontrolled', destination: printA });
    qpdfCheckClean(printB);
    const manifestB = squash(pdfTextByPage(printB).join('\n'));
    expect(manifestB).toContain(squash('Change requests carried out'));
    expect(manifestB).toContain(squash('DCR-0002 Rhea Reader implemented Add the photo of the fixture.'));
    expect(squash(pdfTextByPage(printA).join('\n'))).not.toContain(squash('Change requests carried out'));
  });

  it('names the change requests in the comparison of A and B, and in its report', async () => {
    const comparison = await t.core.call(tokens.carol!, 'revisions.compare', { number, from: 'A', to: 'B' });
    expect(comparison.old.changeRequests).toEqual([]);
    expect(comparison.new.changeRequests.map((c) => c.number)).toEqual(['DCR-0001', 'DCR-0002']);
    const destination = join(t.dir, 'compare.pdf');
    await t.core.call(tokens.carol!, 'revisions.compareReport', { number, from: 'A', to: 'B', destination });
    expect(squash(pdfTextByPage(destination).join('\n'))).toContain(squash('DCR-0001: The torque in step 3 is wrong.'));
  });

  it('keeps the vault explained by its trail', async () => {
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
  });

  it('refuses a request on a document the reader cannot see (only a draft)', async () => {
    const draftOnly = await draftDocument(t, tokens.arun!);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rhea!, 'changeRequests.create', { number: draftOnly, reason: 'I cannot see it.' }), 'REVISION_NOT_VISIBLE', new RegExp(draftOnly));
    expect(await t.core.call(tokens.carol!, 'changeRequests.list', { number: draftOnly })).toEqual([]);
  });

  it('refuses an unknown request number', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'changeRequests.decide', { dcr: 'DCR-0099', decision: 'accept', comment: 'x', password: userPassword }), 'CHANGE_REQUEST_NOT_FOUND', /DCR-0099/);
  });
});
