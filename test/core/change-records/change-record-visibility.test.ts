import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTextByPage, squash } from '../../helpers/pdf-tools';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { effectiveDocument, noChangeImpact, sign } from '../../helpers/workflow';

// The change record is the history of what was in force. A reader sees every revision that was once in use
// (why it changed, who signed), never a draft still being worked on: documents.get hides that draft from
// them, so its change summary must not reach them through the change record either.
describe("a document's change record, as each role sees it", () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  let number: string;
  const draftSummary = 'Wombat guard removed from station 4.';

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.rhea = await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    number = await effectiveDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, tokens.carol!);
    await t.core.call(tokens.arun!, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('b.txt', 'Revision B of the procedure.\n') }, changeSummary: 'Torque corrected to 12 Nm.' });
    await t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'] });
    await sign(t, tokens.rita!, number, 'reviewed');
    await sign(t, tokens.lukasz!, number, 'approved');
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
  });
  afterAll(() => t.cleanup());

  it('gives the reader the revisions once in force, not the draft in review', async () => {
    await t.core.call(tokens.arun!, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('c.txt', 'Revision C of the procedure.\n') }, changeSummary: draftSummary });
    await t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'] });

    const forController = await t.core.call(tokens.carol!, 'changeRecords.get', { number });
    const forReader = await t.core.call(tokens.rhea!, 'changeRecords.get', { number });
    expect(forController.map((r) => [r.revision, r.state])).toEqual([['A', 'superseded'], ['B', 'effective'], ['C.1', 'in_review']]);
    expect(forReader.map((r) => [r.revision, r.state])).toEqual([['A', 'superseded'], ['B', 'effective']]);
    // The reviewer on the draft's route sees it, as they see the draft itself.
    expect((await t.core.call(tokens.rita!, 'changeRecords.get', { number })).map((r) => r.revision)).toContain('C.1');

    const destination = join(t.dir, 'reader-change-record.pdf');
    expect(await t.core.call(tokens.rhea!, 'changeRecords.exportPdf', { number, destination })).toMatchObject({ revisions: 2 });
    const text = squash(pdfTextByPage(destination).join('\n'));
    expect(text).toContain(squash('Torque corrected to 12 Nm.'));
    expect(text).not.toContain('Wombat');
  });
});
