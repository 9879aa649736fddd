import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, registerEffectiveDocument, releaseNewestDraft, type DocumentTeam } from '../helpers/document-team';
import { pdfTextByPage, qpdfCheck, squash } from '../helpers/pdf-tools';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { noChangeImpact } from '../helpers/workflow';

// A controller's script: print a controlled copy, list the register, see what is due, record a recall.
describe('quire print and quire copies', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let number: string;
  const asCarol = { QUIRE_PASSWORD: userPassword };

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    number = await registerEffectiveDocument(t, team, 'Goods receipt', t.file('goods.txt', 'Receive goods at dock 3.\n'));
  });
  afterAll(() => t.cleanup());

  it('prints a controlled copy with the exact flags, and refuses a call without a mode', async () => {
    const out = path.join(t.dir, 'copy-1.pdf');
    const run = await runQuire(['print', t.vaultPath, number, '--rev', 'A', '--controlled', '--copyholder', 'Jane Doe', '--location', 'Dock 3', '--out', out, '--as', 'carol'], asCarol);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Controlled copy No\\. 1 of ${number} A for Jane Doe \\(Dock 3\\): ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    expect(qpdfCheck(out).ok).toBe(true);
    expect(squash(pdfTextByPage(out)[0]!)).toContain('CONTROLLED COPY No. 1');

    const uncontrolled = await runQuire(['print', t.vaultPath, number, '--uncontrolled', '--out', path.join(t.dir, 'ref.pdf'), '--as', 'rhea', '--json'], asCarol);
    expect(uncontrolled.code).toBe(0);
    expect(JSON.parse(uncontrolled.stdout)).toMatchObject({ kind: 'uncontrolled', copyNumber: null });

    const neither = await runQuire(['print', t.vaultPath, number, '--out', path.join(t.dir, 'x.pdf'), '--as', 'carol'], asCarol);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/^INVALID_INPUT: Choose exactly one: controlled copy or uncontrolled copy\. \(--controlled or --uncontrolled\) Usage: quire print /);
    const notAllowed = await runQuire(['print', t.vaultPath, number, '--controlled', '--copyholder', 'X', '--out', path.join(t.dir, 'x.pdf'), '--as', 'rhea'], asCarol);
    expect(notAllowed.code).toBe(1);
    expect(notAllowed.stderr).toMatch(/^PERMISSION_DENIED: .*may not issue controlled copies.*Print an uncontrolled copy instead\.\n$/);
    expect(existsSync(path.join(t.dir, 'x.pdf'))).toBe(false);
  });

  it('lists the register, the copies due for recall, and records a recall', async () => {
    const list = await runQuire(['copies', t.vaultPath, number, '--as', 'rhea'], asCarol);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Jane Doe\s+Dock 3\s+issued/);

    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('goods-b.txt', 'Receive goods at dock 4.\n') }, changeSummary: 'Dock 4.' });
    await releaseNewestDraft(t, team, number);
    const due = await runQuire(['copies', 'due', t.vaultPath, '--as', 'carol', '--json'], asCarol);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toMatchObject([{ document: number, copyNumber: 1, revision: 'A', effectiveRevision: 'B', status: 'due_for_recall' }]);

    const badStatus = await runQuire(['copies', 'recall', t.vaultPath, number, '1', '--status', 'lost', '--as', 'carol'], asCarol);
    expect(badStatus.code).toBe(2);
    const recall = await runQuire(['copies', 'recall', t.vaultPath, number, '1', '--status', 'returned', '--as', 'carol'], asCarol);
    expect(recall).toMatchObject({ code: 0, stderr: '' });
    expect(recall.stdout).toMatch(new RegExp(`^${number} controlled copy No\\. 1 \\(Jane Doe, Dock 3\\) recorded as returned; signed by Carol Controller at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\.\\n$`));
    const again = await runQuire(['copies', 'recall', t.vaultPath, number, '1', '--status', 'destroyed', '--as', 'carol'], asCarol);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^COPY_RECALLED: /);
    expect((await runQuire(['copies', 'due', t.vaultPath, '--as', 'carol'], asCarol)).stdout).toBe('No controlled copies are due for recall.\n');
  });
});
