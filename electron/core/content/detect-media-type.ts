import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

const byExtension: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.doc': 'application/msword',
  '.rtf': 'application/rtf',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.dwg': 'image/vnd.dwg',
  '.dxf': 'image/vnd.dxf',
  '.step': 'model/step',
  '.stp': 'model/step',
};

/**
 * A PDF header: `%PDF-` within the first 1024 bytes (as PDF readers accept), with nothing before it
 * but whitespace or binary junk (a mail or print-spool prefix). A text file that merely mentions
 * `%PDF-` after some words is text: letters or digits before the marker rule it out.
 */
function startsAsPdf(head: Buffer): boolean {
  const at = head.indexOf('%PDF-');
  if (at < 0) return false;
  for (let i = 0; i < at; i++) {
    const byte = head[i]!;
    if ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) return false;
  }
  return true;
}

/**
 * The media type of a file from its content where the content says it (PDF), else from its
 * extension. A file named .pdf that is not a PDF keeps application/pdf so that the PDF check
 * at import refuses it by name instead of storing it as something else.
 */
export function detectMediaType(file: string): string {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(1024);
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (startsAsPdf(head.subarray(0, read))) return 'application/pdf';
  return byExtension[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
