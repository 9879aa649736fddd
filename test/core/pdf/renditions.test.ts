import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliErrorLine } from '../../../electron/cli/cli-error-hints';
import { convertOfficeToPdf } from '../../../electron/core/pdf/convert-office-to-pdf';
import { inspectPdf } from '../../../electron/core/pdf/inspect-pdf';
import { renderMarkdownToPdf } from '../../../electron/core/pdf/render-markdown-to-pdf';
import { renderTextToPdf } from '../../../electron/core/pdf/render-text-to-pdf';
import { pdfTextByPage, qpdfCheckClean, squash } from '../../helpers/pdf-tools';
import { useTempDir } from '../../helpers/temp-dir';
import type { QuireError } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';

const dir = useTempDir('renditions');

function saved(name: string, bytes: Uint8Array): { path: string; pages: string[] } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  expect(qpdfCheckClean(path).ok).toBe(true);
  return { path, pages: pdfTextByPage(path).map(squash) };
}

describe('the app renders text and Markdown itself', () => {
  it('renders plain text in any script, wrapping long lines and adding pages', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `Line ${i + 1}: Prüfung · Проверка · 审核 · ${'long words wrap '.repeat(i === 3 ? 20 : 1)}`);
    const { pages } = saved('text.pdf', await renderTextToPdf(lines.join('\n')));
    expect(pages.length).toBeGreaterThan(2);
    const all = pages.join(' ');
    for (const i of [1, 75, 150]) expect(all).toContain(`Line ${i}: Prüfung · Проверка · 审核`);
  });

  it('renders Markdown headings, lists, code, tables and quotes', async () => {
    const markdown = [
      '# Purpose',
      'This SOP defines **document control** for _all_ sites.',
      '## Steps',
      '1. Draft the change',
      '2. Route for review',
      '   - reviewers: QA, 生产部',
      '- [x] trained',
      '> Quoted guidance from ISO 9001 §7.5',
      '```',
      'quire print SOP-QA-0007 --copy 12',
      '```',
      '| Role | Duty |',
      '|------|------|',
      '| Author | Writes |',
      '---',
      'Fin &amp; done.',
    ].join('\n');
    const { pages } = saved('markdown.pdf', await renderMarkdownToPdf(markdown));
    const text = pages.join(' ');
    for (const expected of ['Purpose', 'This SOP defines document control for all sites.', '1. Draft the change', '2. Route for review', 'reviewers: QA, 生产部', '[x] trained', 'Quoted guidance from ISO 9001 §7.5', 'quire print SOP-QA-0007 --copy 12', 'Role', 'Author', 'Writes', 'Fin & done.']) {
      expect(text).toContain(expected);
    }
  });
});

describe('office documents are converted with LibreOffice', () => {
  it('converts a DOCX to a PDF that inspectPdf accepts', async () => {
    const source = join(dir, 'work-instruction.txt');
    writeFileSync(source, 'Work instruction WI-007\nTighten to 12 Nm. Überprüfen.\n');
    const profile = mkdtempSync(join(tmpdir(), 'quire-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, source], { stdio: 'pipe' });
    const bytes = await convertOfficeToPdf(join(dir, 'work-instruction.docx'));
    expect((await inspectPdf(bytes)).pageCount).toBe(1);
    const { pages } = saved('converted.pdf', bytes);
    expect(pages[0]).toContain('Tighten to 12 Nm. Überprüfen.');
  });

  it('names LibreOffice when soffice cannot be found; only the CLI adds how to point Quire at it', async () => {
    const error = (await convertOfficeToPdf(join(dir, 'any.docx'), { env: { PATH: '/nonexistent', QUIRE_SOFFICE: '/nonexistent/soffice' } }).catch((e: unknown) => e)) as QuireError;
    expect(error).toMatchObject({ code: 'RENDITION_TOOL_MISSING' });
    expect(error.message).toMatch(/Install LibreOffice/);
    expect(error.message).not.toContain('QUIRE_SOFFICE');
    expect(cliErrorLine(error, errorMessage(error))).toMatch(/^RENDITION_TOOL_MISSING: .*Install LibreOffice.* set QUIRE_SOFFICE/);
  });
});
