import { IncrementalDocumentSnapshot, type PDFDocument, type PDFRef } from './pdf-lib';
import { sourceXrefIntact } from './source-xref-intact';

/**
 * Writes the changes to `doc` as an incremental update appended to the untouched `source` bytes:
 * only new objects (numbered above `largestObjectNumberAtLoad`) and the `changed` ones are written.
 * Returns null when the source's cross-reference chain is missing or damaged: append to nothing broken.
 */
export async function saveIncrementalUpdate(doc: PDFDocument, source: Uint8Array, largestObjectNumberAtLoad: number, changed: Iterable<PDFRef>): Promise<Uint8Array | null> {
  const previousXref = lastStartXref(source);
  if (previousXref === null || !sourceXrefIntact(doc, source, previousXref)) return null;
  const changedObjects = new Set<number>();
  for (const ref of changed) changedObjects.add(ref.objectNumber);
  // Our own snapshot, given only at save time: pdf-lib's change tracking scans every object on
  // every edit, which made stamping hundreds of pages quadratic.
  const snapshot = new IncrementalDocumentSnapshot(largestObjectNumberAtLoad, changedObjects, source.length, previousXref, doc.context);
  const update = await doc.saveIncremental(snapshot, { objectsPerTick: Number.POSITIVE_INFINITY });
  const bytes = new Uint8Array(source.length + update.length);
  bytes.set(source, 0);
  bytes.set(update, source.length);
  return bytes;
}

function lastStartXref(bytes: Uint8Array): number | null {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? [...tail.matchAll(/startxref\s+(\d+)/g)].at(-1);
  if (!match?.[1]) return null;
  const offset = Number(match[1]);
  return offset > 0 && offset < bytes.length ? offset : null;
}
