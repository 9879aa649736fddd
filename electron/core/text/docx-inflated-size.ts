// A DOCX is a ZIP, and its headers may lie: the sizes a part declares say nothing about what it really
// inflates to. Before mammoth (which inflates parts wholly in memory) sees a DOCX, every part is inflated
// here once, streamed and thrown away, counting the bytes that really come out and stopping at the limit.
import { createInflateRaw } from 'node:zlib';

const endOfCentralDirectorySignature = 0x06054b50;
const centralDirectoryEntrySignature = 0x02014b50;
const localFileHeaderSignature = 0x04034b50;
/** ZIP64 marks counts and sizes it moved elsewhere with all ones; such archives are far beyond any document. */
const zip64Marker16 = 0xffff;
const zip64Marker32 = 0xffffffff;
const stored = 0;
const deflated = 8;

/** What reading a DOCX's parts found: their true inflated total, or why it was not counted to the end. */
export type DocxInflatedSize = { status: 'within'; bytes: number } | { status: 'over-limit'; bytes: number } | { status: 'unreadable'; why: string };

interface ZipPart {
  name: string;
  method: number;
  /** Where the part's compressed data starts, and its length: what the central directory says, as JSZip (mammoth's reader) reads it. */
  dataStart: number;
  compressedSize: number;
}

/** The parts the central directory lists, located the way JSZip locates them, or why it cannot be read. */
function zipParts(bytes: Uint8Array): ZipPart[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= searchFrom; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'it has no ZIP directory';
  const entryCount = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entryCount === zip64Marker16 || at === zip64Marker32) return 'it is a ZIP64 archive';
  const parts: ZipPart[] = [];
  for (let entry = 0; entry < entryCount; entry++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== centralDirectoryEntrySignature) return 'its ZIP directory is damaged';
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const localHeader = view.getUint32(at + 42, true);
    if (compressedSize === zip64Marker32 || localHeader === zip64Marker32) return 'it is a ZIP64 archive';
    if (localHeader + 30 > bytes.byteLength || view.getUint32(localHeader, true) !== localFileHeaderSignature) return 'a part of it is missing';
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) return 'a part of it is cut short';
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    parts.push({ name, method: view.getUint16(at + 10, true), dataStart, compressedSize });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

/** Inflates one part, discarding the output, and resolves with the bytes that came out (stopping just past `budget`). */
function inflatedLength(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let length = 0;
    inflater.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > budget) {
        inflater.destroy();
        resolve(length);
      }
    });
    inflater.once('end', () => resolve(length));
    inflater.once('error', reject);
    inflater.end(data);
  });
}

/**
 * Inflates every part of a DOCX's ZIP (streamed, never held) and counts the bytes that really come out;
 * stops as soon as they pass `limit`. Memory stays at one inflate buffer whatever the archive declares.
 */
export async function docxInflatedSize(bytes: Uint8Array, limit: number): Promise<DocxInflatedSize> {
  const parts = zipParts(bytes);
  if (typeof parts === 'string') return { status: 'unreadable', why: parts };
  let total = 0;
  for (const part of parts) {
    const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
    if (part.method === stored) total += data.byteLength;
    else if (part.method === deflated) {
      try {
        total += await inflatedLength(data, limit - total);
      } catch {
        return { status: 'unreadable', why: `its part ${part.name} does not inflate` };
      }
    } else return { status: 'unreadable', why: `its part ${part.name} uses a compression Quire does not read` };
    if (total > limit) return { status: 'over-limit', bytes: total };
  }
  return { status: 'within', bytes: total };
}
