import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { convertWithLibreOffice, writeFlatOdt } from '../../helpers/office-documents';
import { writeProcedurePdf } from '../../helpers/paginated-procedure-pdf';
import { pageCountByQpdf, pdfTextByPage, qpdfCheck, squash } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// Issue 11, "nobody sees the document": the core serves each revision as the PDF the viewer draws —
// a PDF as it is, text and Markdown rendered, Word through LibreOffice — with no stamp, as a query
// (nothing recorded), and only to those who may read that revision.
describe('the viewable PDF of a revision', () => {
  let t: TestVault;
  let team: DocumentTeam;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
  }, 120_000);
  afterAll(() => t.cleanup());

  /** Serves the revision to the user and writes what came back to a file, for qpdf and pdftotext. */
  async function viewed(token: string, number: string, label: string) {
    const view = await t.core.call(token, 'revisions.viewPdf', { number, label });
    const file = path.join(t.dir, `${number}-${label}-view.pdf`);
    writeFileSync(file, view.pdf);
    expect(qpdfCheck(file).ok).toBe(true);
    return { view, file, pages: pdfTextByPage(file).map(squash) };
  }

  it('is the PDF itself, byte for byte, with every page', async () => {
    const source = path.join(t.dir, 'cleaning.pdf');
    writeProcedurePdf(source, 'A', [['Step one: sweep the floor.'], ['Step two: only here is the word turquoise.']]);
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Cleaning', file: { path: source } });
    const { view, file, pages } = await viewed(team.author, doc.number, 'A.1');
    expect(view).toMatchObject({ document: doc.number, revision: 'A.1', mediaType: 'application/pdf', rendition: { kind: 'native-pdf' } });
    expect(sha256(view.pdf)).toBe(view.contentSha256);
    expect(pageCountByQpdf(file)).toBe(2);
    expect(pages[1]).toContain('turquoise');
  });

  it('is a plain text file rendered to PDF, without any stamp, recording nothing', async () => {
    const text = 'Torque setting of the capping head.\nSet 2.5 Nm for the 38 mm caps.\n';
    const doc = await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: 'Capping torque', file: { path: t.file('torque.txt', text) } });
    const events = t.core.vault.db.prepare('SELECT count(*) FROM audit_events').pluck().get();
    const { view, pages } = await viewed(team.author, doc.number, 'A.1');
    expect(view.rendition).toMatchObject({ kind: 'rendered', tool: 'Quire text renderer' });
    expect(view.contentSha256).not.toBe(view.rendition.sha256);
    expect(pages.join(' ')).toContain(squash('Set 2.5 Nm for the 38 mm caps.'));
    expect(pages.join(' ')).not.toMatch(/UNCONTROLLED|CONTROLLED COPY|Verification/i);
    expect(t.core.vault.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(events);
    expect(t.core.vault.db.prepare('SELECT count(*) FROM renditions').pluck().get()).toBe(0);
  });

  it('is a Markdown file rendered to PDF', async () => {
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Gowning', file: { path: t.file('gowning.md', '# Gowning\n\n1. Hair cover first.\n2. Then the mask.\n') } });
    const { view, pages } = await viewed(team.author, doc.number, 'A.1');
    expect(view.rendition.kind).toBe('rendered');
    expect(pages.join(' ')).toContain(squash('Hair cover first.'));
  });

  it('is a Word file converted by LibreOffice', async () => {
    const odt = path.join(t.dir, 'labels.fodt');
    writeFlatOdt(odt, [['Label printer procedure.', 'Load the ribbon from the left.']], { fontSizePt: 11, pageWidthCm: 21 });
    const [docx] = convertWithLibreOffice([odt], 'docx', t.dir);
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Label printer', file: { path: docx! } });
    const { view, pages } = await viewed(team.author, doc.number, 'A.1');
    expect(view.rendition).toMatchObject({ kind: 'converted', tool: expect.stringContaining('LibreOffice') });
    expect(pages.join(' ')).toContain(squash('Load the ribbon from the left.'));
  }, 300_000);

  it('is refused to a reader for a draft, and served for the effective revision', async () => {
    const number = await registerEffectiveDocument(t, team, 'Line clearance', t.file('clearance-a.md', '# Line clearance\n\nRemove the previous batch.\n'));
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('clearance-b.md', '# Line clearance\n\nRemove the previous batch and its labels.\n') }, changeSummary: 'Labels too.' });
    await expect(t.core.call(team.reader, 'revisions.viewPdf', { number, label: 'B.1' })).rejects.toMatchObject({ code: 'REVISION_NOT_VISIBLE', params: { effective: 'A' } });
    const { pages } = await viewed(team.reader, number, 'A');
    expect(pages.join(' ')).toContain(squash('Remove the previous batch.'));
    await expect(t.core.call(team.reader, 'revisions.recordViewing', { number, label: 'B.1', contentSha256: '0'.repeat(64), pages: { shown: 1, of: 1 } })).rejects.toMatchObject({ code: 'REVISION_NOT_VISIBLE' });
  }, 120_000);
});
