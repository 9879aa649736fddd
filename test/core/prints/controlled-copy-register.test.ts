import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, PrintResult } from '../../../shared/contract';
import { makePdfWithGhostscript } from '../../helpers/office-documents';
import { addDocumentTeam, registerEffectiveDocument, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { pdfRawTextOfPage, pdfTextByPage, qpdfCheck, renderPagePng, squash } from '../../helpers/pdf-tools';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

const markdownA = '# Line clearance\n\n1. Remove all materials of the previous batch.\n2. Check the reject bins are empty.\n\nProcédure validée — Überprüfung — 审核.\n';

// The story of issue 4's register: a controller issues numbered copies of the effective revision,
// a newer revision makes them due for recall, their return or destruction is signed, and every print
// — controlled or not — can be found again by the code on the paper and in the audit trail.
describe('the controlled-copy register', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let number: string;
  let out: string;
  const printed: PrintResult[] = [];
  const print = async (token: string, input: Omit<MethodInput<'prints.print'>, 'number'>) => {
    const result = await t.core.call(token, 'prints.print', { number, ...input });
    printed.push(result);
    return result;
  };

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    number = await registerEffectiveDocument(t, team, 'Line clearance before batch start', t.file('line-clearance.md', markdownA));
    out = path.join(t.dir, 'prints');
    (await import('node:fs')).mkdirSync(out);
  });
  afterAll(() => t.cleanup());

  it('issues controlled copy No. 1 of the effective revision: stamped on every page, signatures on the manifest', async () => {
    const copy = await print(team.controller, { mode: 'controlled', copyholder: 'Jane Doe', location: 'QC Lab 2', destination: path.join(out, 'copy-1.pdf') });
    expect(copy).toMatchObject({ kind: 'controlled', copyNumber: 1, revision: 'A', revisionState: 'effective', mode: 'stamped', rendition: { kind: 'rendered', tool: 'Quire Markdown renderer' } });
    expect(qpdfCheck(copy.path).ok).toBe(true);
    const pages = pdfTextByPage(copy.path).map(squash);
    expect(pages.length).toBe(copy.pages);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${copy.pages}`);
      expect(text).toContain('CONTROLLED COPY No. 1');
      expect(text).toContain('Jane Doe');
      expect(text).toContain(copy.verificationCode);
    });
    expect(pages[0]).toContain('Remove all materials of the previous batch');
    const manifest = pages.slice(copy.sourcePages).join(' ');
    const signatures = await t.core.call(team.controller, 'signatures.list', { number, label: 'A' });
    expect(signatures.map((s) => s.signer.printedName)).toEqual(expect.arrayContaining(['张伟', 'Łukasz Ñúñez', 'Carol Controller']));
    for (const s of signatures) expect(manifest).toContain(s.signer.printedName);
    renderPagePng(copy.path, 1, path.join(t.dir, 'look-copy-1-page-1'));
    renderPagePng(copy.path, copy.pages, path.join(t.dir, 'look-copy-1-manifest'));
    if (process.env.QUIRE_KEEP_PRINTS) for (const f of readdirSync(t.dir).filter((n) => n.startsWith('look-'))) (await import('node:fs')).copyFileSync(path.join(t.dir, f), path.join(process.env.QUIRE_KEEP_PRINTS, f));
  });

  it('records the rendition once, with its hash, and reuses it for every later print', async () => {
    const trail = await t.core.call(t.adminToken, 'audit.list', {});
    const renditions = trail.filter((e) => e.action === 'revision.rendition_created');
    expect(renditions.length).toBe(1);
    expect(renditions[0]!.newValue).toMatchObject({ kind: 'rendered', sha256: printed[0]!.rendition.sha256 });
    const again = await print(team.reader, { mode: 'uncontrolled', destination: path.join(out, 'reader.pdf') });
    expect(again.rendition.sha256).toBe(printed[0]!.rendition.sha256);
    expect((await t.core.call(t.adminToken, 'audit.list', {})).filter((e) => e.action === 'revision.rendition_created').length).toBe(1);
    expect(squash(pdfTextByPage(again.path)[0]!)).toContain('UNCONTROLLED WHEN PRINTED');
  });

  it('refuses controlled copies to a reader, without a copyholder, and of a revision that is not effective', async () => {
    await expect(t.core.call(team.reader, 'prints.print', { number, mode: 'controlled', copyholder: 'X', destination: path.join(out, 'no.pdf') })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', destination: path.join(out, 'no.pdf') })).rejects.toMatchObject({ code: 'COPYHOLDER_REQUIRED' });
    const pdfB = path.join(t.dir, 'line-clearance-b.pdf');
    makePdfWithGhostscript(pdfB, [['Revision B page one: reject bins checked.'], ['Revision B page two: QA co-signs.'], ['Revision B page three.']]);
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: pdfB }, changeSummary: 'Reject bins; QA co-signs.' });
    await expect(t.core.call(team.controller, 'prints.print', { number, label: 'B.1', mode: 'controlled', copyholder: 'X', destination: path.join(out, 'no.pdf') })).rejects.toMatchObject({
      code: 'CONTROLLED_COPY_NOT_EFFECTIVE',
      message: expect.stringContaining('B.1 is draft'),
    });
    expect(existsSync(path.join(out, 'no.pdf'))).toBe(false);
  });

  it('issues copy No. 2 and reprints No. 1 as a REPRINT with the same number', async () => {
    await print(team.controller, { mode: 'controlled', copyholder: 'Piotr Wiśniewski', location: 'Packing line 3', destination: path.join(out, 'copy-2.pdf') });
    const reprint = await print(team.controller, { mode: 'controlled', reprintOf: 1, destination: path.join(out, 'copy-1-reprint.pdf') });
    expect(reprint).toMatchObject({ kind: 'reprint', copyNumber: 1, copyholder: 'Jane Doe', location: 'QC Lab 2' });
    expect(squash(pdfTextByPage(reprint.path)[0]!)).toContain('REPRINT · CONTROLLED COPY No. 1');
    const copies = await t.core.call(team.reader, 'copies.list', { number });
    expect(copies.map((c) => [c.copyNumber, c.revision, c.status, c.prints])).toEqual([
      [1, 'A', 'issued', 2],
      [2, 'A', 'issued', 1],
    ]);
  });

  it('makes the copies of A due for recall in the transaction that makes B effective', async () => {
    await releaseNewestDraft(t, team, number);
    const copies = await t.core.call(team.reader, 'copies.list', { number });
    expect(copies.map((c) => [c.copyNumber, c.revision, c.revisionState, c.status])).toEqual([
      [1, 'A', 'superseded', 'due_for_recall'],
      [2, 'A', 'superseded', 'due_for_recall'],
    ]);
    // One transaction: the events sit together between A's supersession and B's effectiveness.
    const acts = (await t.core.call(t.adminToken, 'audit.list', {})).map((e) => e.action);
    const superseded = acts.lastIndexOf('revision.superseded');
    expect(acts.slice(superseded, superseded + 4)).toEqual(['revision.superseded', 'revision.copy_due_for_recall', 'revision.copy_due_for_recall', 'revision.effective']);
    const due = await t.core.call(team.reader, 'copies.dueForRecall', {});
    expect(due.map((c) => [c.document, c.copyNumber, c.copyholder, c.effectiveRevision])).toEqual([
      [number, 1, 'Jane Doe', 'B'],
      [number, 2, 'Piotr Wiśniewski', 'B'],
    ]);
    await expect(t.core.call(team.controller, 'prints.print', { number, label: 'A', mode: 'controlled', reprintOf: 1, destination: path.join(out, 'no.pdf') })).rejects.toMatchObject({ code: 'CONTROLLED_COPY_NOT_EFFECTIVE' });
  });

  it('records the return and the destruction of the copies as signed acts', async () => {
    await expect(t.core.call(team.controller, 'copies.recall', { number, copyNumber: 1, status: 'returned', password: 'wrong-password' })).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    await expect(t.core.call(team.reader, 'copies.recall', { number, copyNumber: 1, status: 'returned', password: userPassword })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const returned = await t.core.call(team.controller, 'copies.recall', { number, copyNumber: 1, status: 'returned', password: userPassword });
    expect(returned.copy).toMatchObject({ copyNumber: 1, status: 'returned', recalledBy: 'carol' });
    expect(returned.signature).toMatchObject({ meaning: 'recalled', revision: 'A', signer: { printedName: 'Carol Controller' } });
    expect(returned.signature.comment).toContain('Controlled copy No. 1');
    const destroyed = await t.core.call(team.controller, 'copies.recall', { number, copyNumber: 2, status: 'destroyed', password: userPassword, comment: 'Water damage; shredded.' });
    expect(destroyed.copy.status).toBe('destroyed');
    await expect(t.core.call(team.controller, 'copies.recall', { number, copyNumber: 2, status: 'returned', password: userPassword })).rejects.toMatchObject({ code: 'COPY_RECALLED' });
    await expect(t.core.call(team.controller, 'copies.recall', { number, copyNumber: 9, status: 'returned', password: userPassword })).rejects.toMatchObject({ code: 'COPY_NOT_FOUND' });
    await expect(t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', reprintOf: 1, destination: path.join(out, 'no.pdf') })).rejects.toMatchObject({ code: 'COPY_RECALLED' });
    expect(await t.core.call(team.reader, 'copies.dueForRecall', {})).toEqual([]);
    const checks = await t.core.call(team.controller, 'signatures.verify', { number });
    expect(checks.every((c) => c.valid)).toBe(true);
  });

  it('numbers the first copy of B on from the register (never reused) and prints A as SUPERSEDED and uncontrolled', async () => {
    const copyB = await print(team.controller, { mode: 'controlled', copyholder: 'Jane Doe', location: 'QC Lab 2', destination: path.join(out, 'copy-3.pdf') });
    expect(copyB).toMatchObject({ copyNumber: 3, revision: 'B', rendition: { kind: 'native-pdf' }, sourcePages: 3 });
    expect(pdfTextByPage(copyB.path).map(squash).every((p, i) => p.includes(`Page ${i + 1} of ${copyB.pages}`))).toBe(true);

    // A superseded revision is for the people who work on documents; a reader gets only the one in force.
    await expect(print(team.reader, { label: 'A', mode: 'uncontrolled', destination: path.join(out, 'rev-a-reader.pdf') })).rejects.toMatchObject({ code: 'REVISION_NOT_VISIBLE' });
    const oldA = await print(team.controller, { label: 'A', mode: 'uncontrolled', destination: path.join(out, 'rev-a-reference.pdf') });
    expect(oldA).toMatchObject({ kind: 'uncontrolled', revisionState: 'superseded', copyNumber: null });
    const raw = squash(pdfRawTextOfPage(oldA.path, 1));
    expect(raw.replace(/ /g, '')).toContain('SUPERSEDED');
    expect(raw).toContain('UNCONTROLLED WHEN PRINTED');
    expect(raw).toContain('Carol Controller (carol)');
  });

  it('finds a print again by the code on the paper, and says whether it may still be used', async () => {
    const first = await t.core.call(team.reader, 'prints.verify', { code: printed[0]!.verificationCode.toLowerCase() });
    expect(first).toMatchObject({ document: number, revision: 'A', printedState: 'effective', revisionState: 'superseded', stillEffective: false, effectiveRevision: 'B', copy: { copyNumber: 1, status: 'returned' } });
    expect(first.verdict).toMatch(/^Do not use/);
    const current = printed.find((p) => p.copyNumber === 3)!;
    const valid = await t.core.call(team.reader, 'prints.verify', { code: current.verificationCode });
    expect(valid).toMatchObject({ stillEffective: true, kind: 'controlled', outputSha256: current.outputSha256 });
    expect(valid.verdict).toMatch(/^Valid/);
    const documents = await t.core.call(team.reader, 'documents.get', { number });
    const qr = ['QUIRE1', number, 'B', '3', current.printedAt, documents.revisions.at(-1)!.sha256].map(encodeURIComponent).join('|');
    expect((await t.core.call(team.reader, 'prints.verify', { code: qr })).verificationCode).toBe(current.verificationCode);
    await expect(t.core.call(team.reader, 'prints.verify', { code: 'ZZZZ-ZZZZ-ZZ' })).rejects.toMatchObject({ code: 'PRINT_NOT_FOUND' });
  });

  it('has every print in the audit trail and on the document time line: who, when, pages, copy number', async () => {
    const trail = await t.core.call(t.adminToken, 'audit.list', {});
    const prints = trail.filter((e) => e.action === 'revision.printed');
    expect(prints.length).toBe(printed.length);
    for (const [i, p] of printed.entries()) {
      expect(prints[i]!.newValue).toMatchObject({ verificationCode: p.verificationCode, pages: p.pages, copyNumber: p.copyNumber, outputSha256: p.outputSha256 });
      // Readers print what is in force; the superseded reference copy of A was printed by the controller.
      expect(prints[i]!.user).toBe(p.kind === 'uncontrolled' && p.revisionState === 'effective' ? 'rhea' : 'carol');
    }
    const history = await t.core.call(team.reader, 'documents.history', { number });
    const lines = history.map((h) => `${h.revision}: ${h.description}`);
    expect(lines).toContain('A: Controlled copy No. 1 issued to Jane Doe (QC Lab 2)');
    expect(lines.some((l) => l.startsWith('A: REPRINT of controlled copy No. 1 printed for Jane Doe'))).toBe(true);
    expect(lines.some((l) => l.startsWith('A: Uncontrolled copy printed (marked SUPERSEDED)'))).toBe(true);
    expect(lines).toContain('A: Controlled copy No. 2 (Piotr Wiśniewski, Packing line 3) due for recall: the revision is superseded');
    expect(lines).toContain('A: Controlled copy No. 2 (Piotr Wiśniewski) recorded as destroyed (signed)');
    expect(history.filter((h) => h.action === 'revision.printed').length).toBe(printed.length);
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.problems).toEqual([]);
  });
});
