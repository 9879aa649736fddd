// Real documents for tests, made by the tools our users' documents come from: LibreOffice (PDF, DOCX)
// and Ghostscript (PDF from PostScript). Nothing here is mocked; every file is produced by the tool.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ghostscriptToPdf } from './pdf-tools';

/** A document's text as the author laid it out: pages (explicit page breaks) of paragraphs. */
export type AuthoredPages = string[][];

export interface WriterLayout {
  fontSizePt: number;
  pageWidthCm: number;
  fontFamily?: string;
}

/** Writes a flat ODT (LibreOffice's single-file XML format): each page starts with a page break; font and page width set the line wrapping. */
export function writeFlatOdt(path: string, pages: AuthoredPages, layout: WriterLayout): void {
  const paragraphs = pages.flatMap((paragraphsOfPage, pageIndex) =>
    paragraphsOfPage.map((text, i) => `<text:p text:style-name="${pageIndex > 0 && i === 0 ? 'PageStart' : 'Body'}">${escapeXml(text)}</text:p>`),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:page-layout style:name="Layout"><style:page-layout-properties fo:page-width="${layout.pageWidthCm}cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties style:font-name="${layout.fontFamily ?? 'DejaVu Serif'}" fo:font-family="'${layout.fontFamily ?? 'DejaVu Serif'}'" fo:font-size="${layout.fontSizePt}pt"/></style:style>
<style:style style:name="PageStart" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-family="'${layout.fontFamily ?? 'DejaVu Serif'}'" fo:font-size="${layout.fontSizePt}pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Layout"/></office:master-styles>
<office:body><office:text>
${paragraphs.join('\n')}
</office:text></office:body>
</office:document>
`;
  writeFileSync(path, xml);
}

/**
 * Converts files with LibreOffice in one headless run (a fresh user profile each time, so tests never
 * share or corrupt one); returns the converted files' paths in input order.
 */
export function convertWithLibreOffice(inputs: string[], target: 'pdf' | 'docx', outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'quire-lo-profile-'));
  const filter = target === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf';
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...inputs], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return inputs.map((input) => {
    const output = join(outDir, basename(input).replace(/\.[^.]+$/u, `.${target}`));
    readFileSync(output); // fails loudly if LibreOffice silently skipped the file
    return output;
  });
}

/** Writes one PDF page per entry, one PostScript `show` per line at fixed positions, distilled by Ghostscript's pdfwrite. */
export function makePdfWithGhostscript(path: string, pages: string[][], fontSizePt = 11): void {
  const leading = fontSizePt * 1.4;
  const body = pages
    .map((lines) => {
      const shows = lines.map((line, i) => `72 ${(770 - i * leading).toFixed(2)} moveto (${escapePostScript(line)}) show`);
      return `${shows.join('\n')}\nshowpage`;
    })
    .join('\n');
  ghostscriptToPdf(`%!PS-Adobe-3.0\n<< /PageSize [595 842] >> setpagedevice\n/Helvetica findfont ${fontSizePt} scalefont setfont\n${body}\n`, path);
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function escapePostScript(text: string): string {
  return text.replace(/[\\()]/gu, (c) => `\\${c}`);
}
