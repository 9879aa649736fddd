import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapAnalysis } from '../../shared/contract';
import { addDocumentTeam } from '../helpers/document-team';
import { pdfTextByPage, squash } from '../helpers/pdf-tools';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';

// The controller works from a terminal: maps a document to clauses, reads the gap analysis, writes the pack.
describe('quire doc clauses, gap-analysis and audit-pack', () => {
  let t: TestVault;
  let policy: string;
  const asCarol = { QUIRE_PASSWORD: userPassword };

  beforeAll(async () => {
    t = await createTestVault();
    const team = await addDocumentTeam(t);
    policy = (await t.core.call(team.author, 'documents.register', { type: 'POL', department: 'QA', title: 'Quality policy', file: { path: t.file('policy.txt', 'Quality policy\n') } })).number;
  }, 60_000);
  afterAll(() => t.cleanup());

  it('maps a document to clauses and refuses a clause the standard does not have', async () => {
    const mapped = await runQuire(['doc', 'clauses', t.vaultPath, policy, '--add', '5.2,6.2', '--as', 'carol'], asCarol);
    expect(mapped.stderr).toBe('');
    expect(mapped.stdout).toBe('ISO 9001:2015 clauses now mapped: 5.2 Quality policy; 6.2 Quality objectives and how to reach them.\n');
    const unknown = await runQuire(['doc', 'clauses', t.vaultPath, policy, '--add', '7.9', '--as', 'carol'], asCarol);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^CLAUSE_UNKNOWN: ISO 9001:2015 has no clause 7\.9\./);
    const neither = await runQuire(['doc', 'clauses', t.vaultPath, policy, '--as', 'carol'], asCarol);
    expect(neither.code).toBe(2);
  }, 60_000);

  it('prints the gap analysis in words, as JSON, and as a PDF', async () => {
    const pdf = path.join(t.dir, 'gap.pdf');
    const text = await runQuire(['gap-analysis', t.vaultPath, '--pdf', pdf, '--as', 'carol'], asCarol);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^ {2}5\\.2 +drafts only +The quality policy — ${policy} A\\.1$`, 'm'));
    expect(text.stdout).toMatch(/^ {2}9\.2 +MISSING +The internal audit programme/m);
    expect(squash(pdfTextByPage(pdf).join(' '))).toContain('Covered only by drafts');
    const json = JSON.parse((await runQuire(['gap-analysis', t.vaultPath, '--json', '--as', 'carol'], asCarol)).stdout) as GapAnalysis;
    expect(json.items.find((i) => i.id === 'quality-policy')?.status).toBe('draft-only');
  }, 60_000);

  it('writes the audit pack and checks it', async () => {
    const pack = path.join(t.dir, 'pack.zip');
    const written = await runQuire(['audit-pack', t.vaultPath, '--out', pack, '--as', 'carol'], asCarol);
    expect(written.stderr).toBe('');
    expect(written.stdout).toMatch(/^Wrote the audit pack .*pack\.zip: \d+ files, \d+ bytes, SHA-256 [0-9a-f]{64}, chain head \d+:[0-9a-f]{64}\.$/m);
    const checked = await runQuire(['audit-pack', 'verify', pack]);
    expect(checked.code).toBe(0);
    const reader = await runQuire(['audit-pack', t.vaultPath, '--out', path.join(t.dir, 'r.zip'), '--as', 'rhea'], asCarol);
    expect(reader.stderr).toMatch(/^PERMISSION_DENIED: /);
  }, 120_000);
});
