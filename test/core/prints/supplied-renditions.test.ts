import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { convertWithLibreOffice, makePdfWithGhostscript, writeFlatOdt } from '../../helpers/office-documents';
import { pdfTextByPage, qpdfCheck, squash } from '../../helpers/pdf-tools';
import { runQuire } from '../../helpers/quire-cli';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// A Word document on a desktop with no office suite: the author exports a PDF and supplies it with the
// source; reviewers and approvers sign both; the controller prints from that PDF. LibreOffice is hidden
// from the CLI's child process by its PATH (Quire finds soffice through PATH and QUIRE_SOFFICE only).
describe('a DOCX with an author-supplied PDF rendition', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let docx: string;
  let suppliedPdf: string;
  let twoPagePdf: string;
  let noOffice: Record<string, string>;
  const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    const odt = path.join(t.dir, 'torque-instruction.fodt');
    // A font no machine has: LibreOffice substitutes it, and the print must say so.
    writeFlatOdt(odt, [['Work instruction WI-014', 'Tighten the flange bolts to 12 Nm.']], { fontSizePt: 12, pageWidthCm: 21, fontFamily: 'Quire Missing Serif' });
    [docx] = convertWithLibreOffice([odt], 'docx', t.dir) as [string];
    suppliedPdf = path.join(t.dir, 'torque-instruction.pdf');
    makePdfWithGhostscript(suppliedPdf, [['WI-014 as exported by the author', 'Tighten the flange bolts to 12 Nm.']]);
    twoPagePdf = path.join(t.dir, 'torque-two-pages.pdf');
    makePdfWithGhostscript(twoPagePdf, [['WI-014 page one'], ['WI-014 page two']]);
    const emptyBin = path.join(t.dir, 'no-office-bin');
    mkdirSync(emptyBin);
    noOffice = { PATH: emptyBin, QUIRE_PASSWORD: userPassword };
  }, 600_000);
  afterAll(() => t.cleanup());

  let number: string;

  it('warns clearly at registration when this desktop has no way to print it', async () => {
    const run = await runQuire(['doc', 'add', t.vaultPath, '--type', 'SOP', '--dept', 'QA', '--title', 'Flange torque', '--file', docx, '--as', 'arun'], noOffice);
    // Registered, and the warning says what is wrong and what to do, before anyone needs paper.
    expect(run.code).toBe(0);
    number = run.stdout.trim().split('\n').at(-1)!;
    expect(number).toMatch(/^SOP-QA-\d{4}$/u);
    expect(run.stderr).toMatch(new RegExp(`^NOT_PRINTABLE_HERE: ${number} A\\.1 \\(torque-instruction\\.docx\\) cannot be printed on this computer: .*Microsoft Word or LibreOffice was not found here\\. Attach the author's PDF`, 'mu'));
    const printable = await runQuire(['rev', 'printable', t.vaultPath, number, '--as', 'arun', '--json'], noOffice);
    expect(printable.stderr).toBe('');
    expect(JSON.parse(printable.stdout)).toEqual([expect.objectContaining({ revision: 'A.1', printable: false, how: null, lookedFor: ['word', 'libreoffice'] })]);
  }, 300_000);

  it('is attached to the draft, then reviewed and approved with both hashes in every signature', async () => {
    const attached = await runQuire(['rev', 'rendition', t.vaultPath, number, '--file', suppliedPdf, '--as', 'arun'], noOffice);
    expect(attached.stderr).toBe('');
    expect(attached.code).toBe(0);
    expect(attached.stdout).toContain(`PDF rendition torque-instruction.pdf (1 page(s)) sha256 ${sha256Of(suppliedPdf)}`);
    expect(attached.stdout).toContain("prints from the author's PDF");
    await releaseNewestDraft(t, team, number);
    const signatures = await t.core.call(team.controller, 'signatures.verify', { number });
    expect(signatures.length).toBeGreaterThanOrEqual(3);
    for (const s of signatures) {
      expect(s).toMatchObject({ valid: true, contentSha256: sha256Of(docx), renditionSha256: sha256Of(suppliedPdf) });
    }
    const manifests = sqlite3Tool(t.vaultPath, `SELECT manifest FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN documents d ON d.id = r.document_id WHERE d.number = '${number}';`).split('\n');
    for (const manifest of manifests) expect(JSON.parse(manifest)).toMatchObject({ format: 'quire-signature-manifest/2', contentSha256: sha256Of(docx), renditionSha256: sha256Of(suppliedPdf) });
  }, 300_000);

  it('prints a controlled copy from the supplied PDF with no office suite on PATH; the manifest shows both hashes', async () => {
    const out = path.join(t.dir, 'flange-copy-1.pdf');
    const run = await runQuire(['print', t.vaultPath, number, '--controlled', '--copyholder', 'Line 2', '--location', 'Cell 4', '--out', out, '--as', 'carol', '--json'], noOffice);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { rendition: { kind: string; sha256: string; toolComparison: unknown }; sourcePages: number };
    expect(printed.rendition).toMatchObject({ kind: 'supplied', sha256: sha256Of(suppliedPdf), toolComparison: null });
    expect(printed.sourcePages).toBe(1);
    expect(qpdfCheck(out).ok).toBe(true);
    const pages = pdfTextByPage(out).map(squash);
    expect(pages[0]).toContain('WI-014 as exported by the author');
    const manifest = pages.slice(1).join(' ');
    expect(manifest).toContain(`Content SHA-256 of this revision: ${sha256Of(docx)}`);
    expect(manifest).toContain(`PDF rendition SHA-256 (supplied by the author, signed with the content): ${sha256Of(suppliedPdf)}`);
  }, 300_000);

  it('fails signature verification and the vault check when the rendition hash is swapped with sqlite3', async () => {
    const other = sha256Of(twoPagePdf);
    const where = `id = (SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = '${number}')`;
    const before = sqlite3Tool(t.vaultPath, `SELECT rendition_sha256 FROM revisions WHERE ${where};`);
    sqlite3Tool(t.vaultPath, `UPDATE revisions SET rendition_sha256 = '${other}' WHERE ${where};`);
    try {
      const verified = await runQuire(['signatures', 'verify', t.vaultPath, number, '--as', 'carol'], noOffice);
      expect(verified.code).not.toBe(0);
      expect(verified.stderr).toMatch(/^VAULT_VERIFY_FAILED: .*the signed rendition hash \([0-9a-f]{12}…\) is not the revision's recorded rendition hash/mu);
      const signatures = await t.core.call(team.controller, 'signatures.verify', { number });
      expect(signatures.every((s) => !s.valid)).toBe(true);
      const report = await t.core.call(t.adminToken, 'vault.verify', {});
      expect(report.problems.map((p) => p.message).join('\n')).toMatch(/the supplied PDF rendition hash is ".*" in the vault, but the audit trail says ".*": its rendition was swapped/u);
    } finally {
      sqlite3Tool(t.vaultPath, `UPDATE revisions SET rendition_sha256 = '${before}' WHERE ${where};`);
    }
    expect((await t.core.call(team.controller, 'signatures.verify', { number })).every((s) => s.valid)).toBe(true);
  }, 300_000);

  it('refuses a rendition once the revision was submitted, even back in draft after a rejection', async () => {
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Late PDF', file: { path: docx } });
    await t.core.call(team.author, 'revisions.submit', { number: doc.number, reviewers: ['zhang'], approvers: ['lukasz'] });
    const attach = () => t.core.call(team.author, 'revisions.attachRendition', { number: doc.number, file: { path: suppliedPdf } });
    await expect(attach()).rejects.toMatchObject({ code: 'RENDITION_FROZEN', params: { number: doc.number, label: 'A.1', state: 'in_review' } });
    await t.core.call(team.reviewer, 'revisions.reject', { number: doc.number, comment: 'Needs the PDF.' });
    // The rejected revision keeps what was signed on it; its new draft, never submitted, takes the PDF.
    await expect(t.core.call(team.author, 'revisions.attachRendition', { number: doc.number, label: 'A.1', file: { path: suppliedPdf } })).rejects.toMatchObject({
      code: 'RENDITION_FROZEN',
      params: { label: 'A.1', state: 'rejected' },
    });
    expect(await attach()).toMatchObject({ label: 'A.2', rendition: { fileName: 'torque-instruction.pdf', pages: 1 }, printability: { printable: true, how: 'supplied-pdf' } });
    // A PDF source needs none; a rendition that is not a PDF is refused like any import.
    const pdfDoc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Already PDF', file: { path: suppliedPdf } });
    await expect(t.core.call(team.author, 'revisions.attachRendition', { number: pdfDoc.number, file: { path: twoPagePdf } })).rejects.toMatchObject({ code: 'RENDITION_NOT_NEEDED' });
    await expect(t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Not a PDF', file: { path: docx }, rendition: { path: docx } })).rejects.toMatchObject({ code: 'NOT_A_PDF', params: { fileName: 'torque-instruction.docx' } });
  }, 300_000);

  it('renders the same DOCX through LibreOffice when it is present, saying which font it substituted', async () => {
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Flange torque (LibreOffice)', file: { path: docx } });
    expect(doc.printability).toMatchObject({ printable: true, how: 'libreoffice', tool: expect.stringMatching(/^LibreOffice \(/u) });
    await releaseNewestDraft(t, team, doc.number);
    const out = path.join(t.dir, 'flange-libreoffice.pdf');
    const printed = await t.core.call(team.controller, 'prints.print', { number: doc.number, mode: 'uncontrolled', destination: out });
    expect(printed.rendition).toMatchObject({ kind: 'converted', tool: expect.stringMatching(/^LibreOffice \d+\.\d+/u), fonts: { substituted: ['Quire Missing Serif'], notEmbedded: [] } });
    expect(qpdfCheck(out).ok).toBe(true);
    expect(pdfTextByPage(out).map(squash)[0]).toContain('Tighten the flange bolts to 12 Nm.');

    // A next draft with a supplied PDF of another length: prints use it; the tool's rendition only warns.
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: doc.number, file: { path: docx }, rendition: { path: twoPagePdf }, changeSummary: 'PDF from Word.' });
    const draft = await t.core.call(team.controller, 'prints.print', { number: doc.number, label: 'B.1', mode: 'uncontrolled', destination: path.join(t.dir, 'flange-b1.pdf') });
    expect(draft.rendition).toMatchObject({ kind: 'supplied', sha256: sha256Of(twoPagePdf), toolComparison: { pages: 1, suppliedPages: 2, samePageCount: false, tool: expect.stringMatching(/^LibreOffice/u) } });
    expect(draft.sourcePages).toBe(2);
  }, 600_000);

  it('takes the order of the office programs from a vault setting, changed with a reason and audited', async () => {
    expect((await t.core.call(t.adminToken, 'vault.settings', {})).renditionTools).toEqual(['word', 'libreoffice']);
    await t.core.call(t.adminToken, 'vault.updateSettings', { renditionTools: ['libreoffice', 'word'], reason: 'LibreOffice is the site standard.' });
    expect((await t.core.call(t.adminToken, 'vault.settings', {})).renditionTools).toEqual(['libreoffice', 'word']);
    const events = await t.core.call(t.adminToken, 'audit.list', { entityType: 'vault' });
    expect(events.at(-1)).toMatchObject({ action: 'vault.settings_changed', reason: 'LibreOffice is the site standard.', newValue: expect.objectContaining({ renditionTools: ['libreoffice', 'word'] }) });
    await expect(t.core.call(t.adminToken, 'vault.updateSettings', { renditionTools: ['word', 'word'], reason: 'Twice.' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
