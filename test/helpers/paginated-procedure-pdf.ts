import { ghostscriptToPdf } from './pdf-tools';

/** Numbered cleaning steps, `linesPerPage` a page: body lines that look alike from page to page. */
export function cleaningSteps(pageCount: number, linesPerPage = 30): string[][] {
  return Array.from({ length: pageCount }, (_, page) =>
    Array.from({ length: linesPerPage }, (_, line) => `Step ${page * linesPerPage + line + 1}: wipe panel ${line} with 70 percent alcohol and let it dry.`),
  );
}

/**
 * A PDF made by Ghostscript as document-control templates lay pages out: a running header naming the
 * document and revision, a running footer "Page N of M" and a classification, and the body lines.
 */
export function writeProcedurePdf(outPath: string, revision: string, pages: string[][]): void {
  const escape = (text: string) => text.replace(/[()\\]/g, (c) => `\\${c}`);
  const body = pages.map(
    (lines, i) => `/Helvetica findfont 9 scalefont setfont
72 760 moveto (SOP-QA-0001 Cleaning of the filling line, Rev ${revision}) show
72 30 moveto (Page ${i + 1} of ${pages.length}) show 400 30 moveto (CONFIDENTIAL) show
/Helvetica findfont 11 scalefont setfont
${lines.map((line, j) => `72 ${720 - j * 16} moveto (${escape(line)}) show`).join('\n')}
showpage`,
  );
  ghostscriptToPdf(`%!PS\n${body.join('\n')}\n`, outPath);
}
