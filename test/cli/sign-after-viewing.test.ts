import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, type DocumentTeam } from '../helpers/document-team';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { auditEventsAfter, lastAuditEventId } from '../helpers/workflow';

// The command line signs too, and must not sign unseen content: without --viewed the signature is
// refused with the way to read the file first; with it, the signer declares they opened the exported
// file, and the trail says so (how: declared, no page count).
describe('quire rev sign and training ack need the document seen first', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let number: string;
  const as = (user: string) => ({ args: ['--as', user], env: { QUIRE_PASSWORD: userPassword } });
  const quire = (args: string[], who: { args: string[]; env: Record<string, string> }) => runQuire([...args, ...who.args], who.env);

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Goods receipt', file: { path: t.file('goods.txt', 'Receive goods at dock 3.\n') } });
    number = doc.number;
    await t.core.call(team.author, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
  }, 600_000);
  afterAll(() => t.cleanup());

  it('refuses a signature without --viewed, saying how to read the file first, and records nothing but the sign-in', async () => {
    const before = lastAuditEventId(t.core.vault.db);
    const refused = await quire(['rev', 'sign', t.vaultPath, number, '--meaning', 'reviewed'], as('zhang'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^DOCUMENT_NOT_VIEWED: zhang has not opened ${number} A\\.1 yet\\.`));
    expect(refused.stderr).toContain(`quire rev export <vault> ${number} A.1 --out <file>`);
    expect(refused.stderr).toContain('--viewed');
    expect(auditEventsAfter(t.core.vault.db, before).map((e) => e.action)).toEqual(['session.signed_in']);
  });

  it('signs after the exported file was opened and --viewed given; the trail records a declared viewing', async () => {
    const file = path.join(t.dir, 'exported.txt');
    expect((await quire(['rev', 'export', t.vaultPath, number, 'A.1', '--out', file], as('zhang'))).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('Receive goods at dock 3.\n');
    const before = lastAuditEventId(t.core.vault.db);
    const signed = await quire(['rev', 'sign', t.vaultPath, number, '--meaning', 'reviewed', '--viewed'], as('zhang'));
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const events = auditEventsAfter(t.core.vault.db, before);
    expect(events.find((e) => e.action === 'revision.viewed')).toMatchObject({ username: 'zhang', newValue: { how: 'declared', pagesShown: null, revision: 'A.1' } });
    expect(events.find((e) => e.action === 'revision.signed')?.newValue).toMatchObject({ meaning: 'reviewed', viewed: { how: 'declared', pagesShown: null } });
  });
});
