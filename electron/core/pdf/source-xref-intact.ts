import type { PDFDict} from './pdf-lib';
import { decodePDFRawStream, PDFArray, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument } from './pdf-lib';

const maxSections = 64;

/**
 * True when every cross-reference section of the source (table or stream, following /Prev)
 * points at the objects it names. Only then may a print be appended as an incremental update:
 * otherwise the update would chain onto a damaged index and readers would have to guess.
 */
export function sourceXrefIntact(doc: PDFDocument, bytes: Uint8Array, startXref: number): boolean {
  const text = new TextDecoder('latin1');
  const objectHeader = /^\s*(\d+)\s+\d+\s+obj\b/;
  const objectAt = (offset: number, objectNumber: number) => objectHeader.exec(text.decode(bytes.subarray(offset, offset + 32)))?.[1] === String(objectNumber);
  const seen = new Set<number>();
  let offset: number | undefined = startXref;
  try {
    while (offset !== undefined) {
      if (seen.has(offset) || seen.size >= maxSections || offset <= 0 || offset >= bytes.length) return false;
      seen.add(offset);
      const head = text.decode(bytes.subarray(offset, offset + 4));
      const prev: number | undefined = head === 'xref' ? checkTable(bytes, offset, objectAt) : checkStream(doc, bytes, offset, objectAt);
      if (prev === -1) return false;
      offset = prev;
    }
    return true;
  } catch {
    return false;
  }
}

type ObjectAt = (offset: number, objectNumber: number) => boolean;

// Returns the /Prev offset, undefined at the end of the chain, or -1 when the section is damaged.
function checkTable(bytes: Uint8Array, offset: number, objectAt: ObjectAt): number | undefined | -1 {
  const end = findAscii(bytes, 'trailer', offset);
  if (end < 0) return -1;
  const lines = new TextDecoder('latin1').decode(bytes.subarray(offset + 4, end)).trim().split(/\r\n|\r|\n/);
  let objectNumber = 0;
  for (const line of lines) {
    const parts = line.trim().split(/\s+/);
    if (parts.length === 2) objectNumber = Number(parts[0]);
    else if (parts.length === 3) {
      if (parts[2] === 'n' && Number(parts[0]) > 0 && !objectAt(Number(parts[0]), objectNumber)) return -1;
      objectNumber++;
    } else if (line.trim() !== '') return -1;
  }
  const trailer = new TextDecoder('latin1').decode(bytes.subarray(end, end + 4096));
  const prev = /\/Prev\s+(\d+)/.exec(trailer.slice(0, trailer.indexOf('startxref') > 0 ? trailer.indexOf('startxref') : undefined));
  return prev?.[1] ? Number(prev[1]) : undefined;
}

function checkStream(doc: PDFDocument, bytes: Uint8Array, offset: number, objectAt: ObjectAt): number | undefined | -1 {
  const header = /^\s*(\d+)\s+(\d+)\s+obj/.exec(new TextDecoder('latin1').decode(bytes.subarray(offset, offset + 32)));
  if (!header?.[1]) return -1;
  const stream = doc.context.lookup(PDFRef.of(Number(header[1]), Number(header[2])));
  if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) return -1;
  const dict: PDFDict = stream.dict;
  const widths = numbers(dict.get(PDFName.of('W')));
  const size = numberOf(dict.get(PDFName.of('Size')));
  const index = numbers(dict.get(PDFName.of('Index'))) ?? (size === undefined ? undefined : [0, size]);
  if (!widths || widths.length !== 3 || !index) return -1;
  const data = decodePDFRawStream(stream).decode();
  const rowLength = widths.reduce((a, b) => a + b, 0);
  let row = 0;
  for (let i = 0; i + 1 < index.length; i += 2) {
    const [first = 0, count = 0] = [index[i], index[i + 1]];
    for (let n = 0; n < count; n++, row++) {
      const at = row * rowLength;
      if (at + rowLength > data.length) return -1;
      const field = (start: number, width: number, fallback: number) => {
        if (width === 0) return fallback;
        let value = 0;
        for (let k = 0; k < width; k++) value = value * 256 + (data[at + start + k] ?? 0);
        return value;
      };
      const type = field(0, widths[0] ?? 0, 1);
      if (type === 1 && !objectAt(field(widths[0] ?? 0, widths[1] ?? 0, 0), first + n)) return -1;
    }
  }
  return numberOf(dict.get(PDFName.of('Prev')));
}

function numbers(value: unknown): number[] | undefined {
  if (!(value instanceof PDFArray)) return undefined;
  const list = value.asArray().map(numberOf);
  return list.every((n) => n !== undefined) ? (list as number[]) : undefined;
}

function numberOf(value: unknown): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

function findAscii(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1');
}
