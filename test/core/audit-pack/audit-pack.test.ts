import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPackProgress } from '../../../shared/contract';
import { verifyAuditPack } from '../../../electron/core/audit-pack/verify-audit-pack';
import { readZipEntries } from '../../../electron/core/audit-pack/read-zip-entries';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { opensslSha256 } from '../../helpers/openssl';
import { pdfTextByPage, qpdfCheckClean, squash } from '../../helpers/pdf-tools';
import { runQuire } from '../../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';

async function packOf(t: TestVault, token: string, request: { destination: string; from?: string; to?: string; documents?: string[] }): Promise<AuditPackProgress> {
  const { jobId } = await t.core.call(token, 'auditPack.start', { ...request, password: userPassword });
  for (;;) {
    const progress = await t.core.call(token, 'auditPack.progress', { jobId });
    if (progress.phase !== 'running') return progress;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// The controller prepares for the certification audit: one ZIP the auditor opens offline and can
// check without Quire — with unzip, sha256sum and openssl — or with `quire audit-pack verify`.
describe('the evidence pack', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let policy: string;
  let procedure: string;
  let pack: string;
  let unpacked: string;
  let result: NonNullable<AuditPackProgress['result']>;
  let eventsBefore: number;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    const register = async (type: string, title: string) => (await t.core.call(team.author, 'documents.register', { type, department: 'QA', title, file: { path: t.file(`${title}.txt`, `${title}\nWhat we do and why.\n`) } })).number;
    policy = await register('POL', 'Quality policy');
    procedure = await register('SOP', 'Internal audits');
    await t.core.call(team.controller, 'documents.setClauses', { number: policy, add: ['5.2'] });
    await t.core.call(team.controller, 'documents.setClauses', { number: procedure, add: ['9.2'] });
    await releaseNewestDraft(t, team, policy);
    await t.core.call(team.controller, 'training.assign', { number: policy, users: ['rhea'] });
    await t.core.call(team.reader, 'changeRequests.create', { number: policy, reason: 'The policy does not name the new site.' });
    await t.core.call(team.controller, 'jobs.add', { job: 'QA-INSP', name: 'QA inspector' });
    await t.core.call(team.controller, 'jobs.documents', { job: 'QA-INSP', change: 'add', numbers: [policy] });
    await t.core.call(team.controller, 'jobs.people', { job: 'QA-INSP', change: 'add', users: ['rhea'] });
    eventsBefore = (await t.core.call(t.adminToken, 'audit.page', {})).total;
    pack = path.join(t.dir, 'audit pack.zip');
    const progress = await packOf(t, team.controller, { destination: pack });
    expect(progress.error).toBeNull();
    result = progress.result!;
    unpacked = path.join(t.dir, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('unzip', ['-q', pack, '-d', unpacked]);
  }, 180_000);
  afterAll(() => t.cleanup());

  const file = (name: string) => path.join(unpacked, name);

  it('is a whole ZIP by unzip -t, holding every register, record and report', () => {
    const test = spawnSync('unzip', ['-t', pack], { encoding: 'utf8' });
    expect(test.status).toBe(0);
    expect(test.stdout).toContain('No errors detected');
    const names = readZipEntries(pack).map((e) => e.name);
    for (const expected of [
      'master-list/master-list.csv',
      'master-list/master-list.pdf',
      `documents/${policy}/history.csv`,
      `documents/${policy}/record.pdf`,
      `documents/${policy}/signatures.json`,
      `documents/${procedure}/record.pdf`,
      'controlled-copies/copy-register.csv',
      'change-requests/dcr-register.csv',
      'training/training-matrix.csv',
      'training/compliance.csv',
      'gap-analysis/gap-analysis.pdf',
      'gap-analysis/gap-analysis.json',
      'audit-trail/audit-trail.csv',
      'verify/verify-report.txt',
      'verify/verify-report.json',
      'index.html',
      'SHA256SUMS',
      'manifest.json',
      'manifest.sig',
      'signer-public-key.pem',
    ])
      expect(names).toContain(expected);
    expect(result.files).toBe(names.length - 3); // all but the manifest itself, its signature and the key are listed in it
  });

  it('holds the DCR register and the training matrix with compliance, as the vault has them', async () => {
    const rows = (name: string) => readFileSync(file(name), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
    const [dcrHeader, ...dcrs] = rows('change-requests/dcr-register.csv');
    const register = await t.core.call(team.controller, 'changeRequests.list', {});
    expect(dcrs.map((r) => [r[0], r[1], r[dcrHeader!.indexOf('State')], r[dcrHeader!.indexOf('Requested by')]])).toEqual(register.map((c) => [c.number, c.document, c.state, 'rhea']));
    expect(dcrs).toHaveLength(1);
    const [matrixHeader, ...matrix] = rows('training/training-matrix.csv');
    const rhea = matrix.find((r) => r[0] === 'rhea' && r[3] === policy)!;
    expect(rhea[matrixHeader!.indexOf('Jobs')]).toBe('QA-INSP');
    expect(rhea[matrixHeader!.indexOf('Status')]).toBe('open');
    const compliance = rows('training/compliance.csv');
    expect(compliance.find((r) => r[0] === 'job' && r[1] === 'QA-INSP')!.slice(3, 5)).toEqual(['1', '0']);
  });

  it('carries a manifest signed with the exporter’s key that openssl verifies, and hashes sha256sum confirms', () => {
    const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as { vaultId: string; chainHead: { eventId: number; hash: string }; exportedBy: { username: string; keyId: string }; files: { path: string; sha256: string }[] };
    execFileSync('openssl', ['base64', '-d', '-A', '-in', file('manifest.sig'), '-out', file('manifest.sig.bin')]);
    const verified = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', file('signer-public-key.pem'), '-rawin', '-in', file('manifest.json'), '-sigfile', file('manifest.sig.bin')], { encoding: 'utf8' });
    expect(`${verified.stdout}${verified.stderr}`).toContain('Signature Verified Successfully');
    expect(verified.status).toBe(0);
    writeFileSync(file('key.der'), execFileSync('openssl', ['pkey', '-pubin', '-in', file('signer-public-key.pem'), '-outform', 'DER']));
    expect(opensslSha256(file('key.der'))).toBe(manifest.exportedBy.keyId);
    expect(manifest.exportedBy.username).toBe('carol');
    expect(manifest.vaultId).toBe(t.core.vault.db.prepare("SELECT json_extract(value, '$') FROM vault_settings WHERE key = 'vaultId'").pluck().get());
    expect(`${manifest.chainHead.eventId}:${manifest.chainHead.hash}`).toBe(result.chainHead);
    for (const entry of manifest.files) expect(sha256(file(entry.path))).toBe(entry.sha256);
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(sums.status).toBe(0);
    // A changed manifest no longer verifies.
    writeFileSync(file('altered.json'), readFileSync(file('manifest.json'), 'utf8').replace('"carol"', '"mallory"'));
    expect(spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', file('signer-public-key.pem'), '-rawin', '-in', file('altered.json'), '-sigfile', file('manifest.sig.bin')]).status).not.toBe(0);
  });

  it('holds PDFs that read back: the master list, the gap analysis and each document’s change records', () => {
    for (const pdf of ['master-list/master-list.pdf', 'gap-analysis/gap-analysis.pdf', `documents/${policy}/record.pdf`]) expect(qpdfCheckClean(file(pdf)).ok).toBe(true);
    expect(squash(pdfTextByPage(file('master-list/master-list.pdf')).join(' '))).toContain(policy);
    const gap = squash(pdfTextByPage(file('gap-analysis/gap-analysis.pdf')).join(' '));
    expect(gap).toContain('Gap analysis against ISO 9001:2015');
    expect(gap).toMatch(new RegExp(`The quality policy.*Covered.*${policy} A`));
    expect(gap).toContain('Training outstanding (1)');
    const record = squash(pdfTextByPage(file(`documents/${policy}/record.pdf`)).join(' '));
    expect(record).toContain('Change records');
    expect(record).toContain('approved: Łukasz Ñúñez');
  });

  it('holds the audit trail up to its chain head, the verify report and the signature manifests as stored', () => {
    const trail = readFileSync(file('audit-trail/audit-trail.csv'), 'utf8').trimEnd().split('\r\n');
    const lastId = Number(trail.at(-1)!.split(',')[0]);
    expect(`${lastId}:${trail.at(-1)!.split(',').at(-1)}`).toBe(result.chainHead);
    expect(trail.some((line) => line.includes('document.clauses_changed'))).toBe(true);
    expect(readFileSync(file('verify/verify-report.txt'), 'utf8')).toMatch(/^Vault check: OK/);
    const signatures = JSON.parse(readFileSync(file(`documents/${policy}/signatures.json`), 'utf8')) as { signatures: { meaning: string; manifest: string; signatureBase64: string; publicKeyPem: string }[] };
    expect(signatures.signatures.map((s) => s.meaning)).toEqual(['reviewed', 'approved', 'released']);
    const index = readFileSync(file('index.html'), 'utf8');
    expect(index).not.toMatch(/<script/i);
    for (const href of index.matchAll(/href="([^"]+)"/g)) expect(readFileSync(file(decodeURIComponent(href[1]!))).length).toBeGreaterThan(0);
  });

  it('changes the vault by one audit event only, naming who exported it and its SHA-256', async () => {
    const page = await t.core.call(t.adminToken, 'audit.page', {});
    expect(page.total).toBe(eventsBefore + 1);
    expect(page.events[0]).toMatchObject({ action: 'audit_pack.exported', user: 'carol', newValue: expect.objectContaining({ sha256: sha256(pack), files: result.files }) });
    expect(sha256(pack)).toBe(result.sha256);
  });

  it('is checked without the vault: a changed byte anywhere in a file is named', async () => {
    expect((await verifyAuditPack(pack)).ok).toBe(true);
    const entries = readZipEntries(pack);
    for (const name of ['audit-trail/audit-trail.csv', `documents/${policy}/signatures.json`, 'manifest.json']) {
      const entry = entries.find((e) => e.name === name)!;
      const bytes = readFileSync(pack);
      const nameLength = bytes.readUInt16LE(entry.localHeaderOffset + 26);
      const extraLength = bytes.readUInt16LE(entry.localHeaderOffset + 28);
      const at = entry.localHeaderOffset + 30 + nameLength + extraLength + Math.floor(entry.compressedSize / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      const tampered = path.join(t.dir, `tampered-${path.basename(name)}.zip`);
      writeFileSync(tampered, bytes);
      // A changed manifest is either refused whole (it no longer inflates or parses) or fails its signature.
      const check = await verifyAuditPack(tampered).catch((error: unknown) => ({ ok: false, problems: [(error as Error).message] }));
      expect(check.ok).toBe(false);
      expect(check.problems.join('\n')).toContain(name);
    }
  });

  it('is checked by `quire audit-pack verify`, which fails on a tampered pack and names the file', async () => {
    const good = await runQuire(['audit-pack', 'verify', pack]);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^Audit pack OK: \d+ files match the manifest, signed by Carol Controller \(carol\)/);
    const bad = await runQuire(['audit-pack', 'verify', path.join(t.dir, 'tampered-audit-trail.csv.zip')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^AUDIT_PACK_INVALID: /);
    expect(`${bad.stdout}${bad.stderr}`).toContain('audit-trail/audit-trail.csv');
    const notAPack = await runQuire(['audit-pack', 'verify', t.file('not-a-pack.zip', 'hello')]);
    expect(notAPack.stderr).toMatch(/^AUDIT_PACK_UNREADABLE: /);
  }, 60_000);

  it('stops when cancelled, leaving no file and recording nothing', async () => {
    const cancelled = path.join(t.dir, 'cancelled.zip');
    const before = (await t.core.call(t.adminToken, 'audit.page', {})).total;
    const { jobId } = await t.core.call(team.controller, 'auditPack.start', { destination: cancelled, password: userPassword });
    await t.core.call(team.controller, 'auditPack.cancel', { jobId });
    let progress = await t.core.call(team.controller, 'auditPack.progress', { jobId });
    while (progress.phase === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 25));
      progress = await t.core.call(team.controller, 'auditPack.progress', { jobId });
    }
    expect(progress.phase).toBe('cancelled');
    expect(readdirSync(t.dir).filter((name) => name.includes('cancelled'))).toEqual([]);
    expect((await t.core.call(t.adminToken, 'audit.page', {})).total).toBe(before);
    await expect(t.core.call(team.controller, 'auditPack.progress', { jobId: 'audit-pack-99' })).rejects.toMatchObject({ code: 'AUDIT_PACK_JOB_NOT_FOUND' });
  });

  it('narrows to the documents and period asked for, and refuses an unknown document or a reader', async () => {
    const narrow = path.join(t.dir, 'narrow.zip');
    const today = new Date().toISOString().slice(0, 10);
    const progress = await packOf(t, team.controller, { destination: narrow, documents: [procedure], from: today, to: today });
    expect(progress.phase).toBe('finished');
    const names = readZipEntries(narrow).map((e) => e.name);
    expect(names).toContain(`documents/${procedure}/record.pdf`);
    expect(names.some((n) => n.startsWith(`documents/${policy}/`))).toBe(false);
    await expect(t.core.call(team.controller, 'auditPack.start', { destination: path.join(t.dir, 'x.zip'), documents: ['SOP-XX-9999'], password: userPassword })).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
    await expect(t.core.call(team.reader, 'auditPack.start', { destination: path.join(t.dir, 'y.zip'), password: userPassword })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  }, 120_000);
});
