import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { approveNextRevision, effectiveDocument, expectRefusal } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// Issue 13, item 3: documents that use others (references, forms, annexes), shown both ways; when a used
// document's new revision becomes effective, the owner of each document that uses it gets a check, closed
// by a signed "no change needed" or by a change request on their document.
describe('linked documents and the "linked document changed — check yours" task', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  let procedure: string;
  let form: string;
  let workInstruction: string;

  const release = async (number: string, text: string) => {
    await approveNextRevision(t, tokens.arun!, number, route, tokens, text);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
  };
  const linkedTasks = async (who: string) => (await t.core.call(tokens[who]!, 'home.summary', {})).tasks.filter((task) => task.kind === 'linked-change');

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'amy', 'rita', 'lukasz', 'carol'));
    tokens.rhea = await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    procedure = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { title: 'Calibration procedure' });
    form = await effectiveDocument(t, tokens.amy!, route, tokens, tokens.carol!, { title: 'Calibration record form' });
    workInstruction = await effectiveDocument(t, tokens.amy!, route, tokens, tokens.carol!, { title: 'Calibration of scales' });
  });
  afterAll(() => t.cleanup());

  it('links documents by their owners and shows the links both ways', async () => {
    expect(await t.core.call(tokens.amy!, 'documents.link', { number: form, other: procedure, kind: 'form' })).toEqual({ document: form, other: procedure, kind: 'form' });
    await t.core.call(tokens.carol!, 'documents.link', { number: workInstruction, other: procedure });
    const links = await t.core.call(tokens.rhea!, 'documents.links', { number: procedure });
    expect(links.uses).toEqual([]);
    expect(links.usedBy.map((l) => [l.number, l.kind])).toEqual([
      [form, 'form'],
      [workInstruction, 'references'],
    ]);
    expect((await t.core.call(tokens.rhea!, 'documents.links', { number: form })).uses.map((l) => [l.number, l.title])).toEqual([[procedure, 'Calibration procedure']]);
  });

  it('refuses a link by someone who neither owns the document nor controls documents, and a link to itself', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rhea!, 'documents.link', { number: form, other: workInstruction }), 'CHANGE_CONTROL_NOT_ALLOWED', /rhea/, /amy/);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.amy!, 'documents.link', { number: form, other: form }), 'DOCUMENT_LINK_TO_ITSELF', new RegExp(form));
  });

  it("gives the owner of each document that uses it a task when the procedure's revision B becomes effective", async () => {
    expect(await linkedTasks('amy')).toEqual([]);
    await release(procedure, 'Calibration procedure, revision B: new tolerance.\n');
    const tasks = await linkedTasks('amy');
    expect(tasks.map((task) => [task.document, task.changed, task.revision])).toEqual([
      [form, procedure, 'B'],
      [workInstruction, procedure, 'B'],
    ]);
    expect((await t.core.call(tokens.amy!, 'tasks.mine', {})).filter((task) => task.kind === 'linked-change')).toHaveLength(2);
    expect(await linkedTasks('arun')).toEqual([]);
  });

  it("lists the documents that use it among the procedure's change record's affected documents", async () => {
    const record = await t.core.call(tokens.rhea!, 'changeRecords.get', { number: procedure });
    expect(record.at(-1)!.documentsAffected).toEqual([form, workInstruction]);
  });

  it('closes the form\'s check with a signed "no change needed"', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rhea!, 'linkedChanges.noChangeNeeded', { number: form, password: userPassword }), 'CHANGE_CONTROL_NOT_ALLOWED', /rhea/);
    await viewRevision(t.core, tokens.amy!, form, 'effective');
    const result = await t.core.call(tokens.amy!, 'linkedChanges.noChangeNeeded', { number: form, password: userPassword, comment: 'The form still fits the procedure.' });
    expect(result).toMatchObject({ document: form, closed: [`${procedure} B`], signature: { meaning: 'no-change-needed', signer: { username: 'amy' } } });
    expect((await linkedTasks('amy')).map((task) => task.document)).toEqual([workInstruction]);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.amy!, 'linkedChanges.noChangeNeeded', { number: form, password: userPassword }), 'LINKED_CHANGE_NOT_OPEN', new RegExp(form));
  });

  it("closes the work instruction's check by raising a change request on it", async () => {
    const dcr = await t.core.call(tokens.amy!, 'changeRequests.create', { number: workInstruction, reason: `Follow the new tolerance of ${procedure} B.` });
    expect(await linkedTasks('amy')).toEqual([]);
    const row = t.core.vault.db.prepare("SELECT state, change_request_id FROM linked_change_checks WHERE state <> 'no-change'").get() as { state: string; change_request_id: number };
    expect(row.state).toBe('change-requested');
    expect(dcr.number).toMatch(/^DCR-\d{4}$/);
  });

  it('records it all in the histories and keeps the vault explained by its trail', async () => {
    const history = (await t.core.call(tokens.carol!, 'documents.history', { number: form })).map((e) => e.description);
    expect(history).toEqual(expect.arrayContaining([`Linked: uses ${procedure} (form)`, `Linked-document check: no change needed (signed) for ${procedure} B`]));
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
  });
});
