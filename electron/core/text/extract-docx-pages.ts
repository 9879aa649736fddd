import { docxInflatedSize } from './docx-inflated-size';
import { TextExtractionRefused, textExtractionLimits } from './revision-text';

/** The slice of mammoth's document model that carries text. */
interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
}

/**
 * Reads a DOCX's text, one line per paragraph, split into pages at the author's explicit page breaks
 * (a DOCX has no fixed pagination; where Word would break a page depends on the printer and fonts).
 * Throws on content mammoth cannot read or that exceeds the limits.
 */
export async function extractDocxPages(bytes: Uint8Array): Promise<string[]> {
  // Loaded on first use, like pdf.js: most commands never read a DOCX.
  const { default: mammoth } = await import('mammoth');
  // Counted by inflating, never by what the ZIP declares: a lying header would otherwise cost gigabytes.
  const inflated = await docxInflatedSize(bytes, textExtractionLimits.maxDocxInflatedBytes);
  if (inflated.status === 'unreadable') throw new TextExtractionRefused(`The file is not a readable DOCX (ZIP) archive: ${inflated.why}.`);
  if (inflated.status === 'over-limit') {
    throw new TextExtractionRefused(`not extracted (too large): its parts inflate to more than ${textExtractionLimits.maxDocxInflatedBytes / 1024 ** 2} MiB, whatever its ZIP headers declare.`);
  }
  const pages: string[][] = [[]];
  let line = '';
  let chars = 0;
  const append = (text: string): void => {
    line += text;
    chars += text.length;
    if (chars > textExtractionLimits.maxTextChars) throw new TextExtractionRefused(`The DOCX holds more than ${textExtractionLimits.maxTextChars} characters of text.`);
  };
  const endLine = (): void => {
    pages[pages.length - 1]?.push(line);
    line = '';
  };
  const walk = (element: DocxElement): void => {
    if (element.type === 'text') append(element.value ?? '');
    else if (element.type === 'tab') append('\t');
    else if (element.type === 'break' && element.breakType === 'page') {
      if (line !== '') endLine();
      pages.push([]);
    } else if (element.type === 'break' && element.breakType !== 'column') endLine();
    for (const child of element.children ?? []) walk(child);
    if (element.type === 'paragraph' && (line !== '' || !endsWithPageBreak(element))) endLine();
  };
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (document: DocxElement) => {
        walk(document);
        // Only the walk is wanted: hand mammoth an empty document so it renders no HTML.
        return { ...document, children: [] };
      },
    },
  );
  return pages.map((lines) => trimBlankEdges(lines).join('\n'));
}

/** A paragraph that only carries a page break is the break itself, not an empty line of text. */
function endsWithPageBreak(element: DocxElement): boolean {
  const last = element.children?.[element.children.length - 1];
  if (!last) return false;
  if (last.type === 'break') return last.breakType === 'page';
  return endsWithPageBreak(last);
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end);
}
