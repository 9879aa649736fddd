import { constants, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, type PDFDocument, type PDFRef } from './pdf-lib';

/**
 * The first Flate-compressed stream whose data cannot be inflated, or null when all can.
 * Such a stream is a damaged page or image that would be copied into the print as it is,
 * making the print as broken as the source; a missing end of data is tolerated, as readers do.
 */
export function findDamagedStream(doc: PDFDocument): PDFRef | null {
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const filter = object.dict.get(PDFName.of('Filter'));
    const flateOnly = filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('FlateDecode'));
    if (!flateOnly || object.contents.length === 0) continue;
    try {
      inflateSync(object.contents, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return ref;
    }
  }
  return null;
}
