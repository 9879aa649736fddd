import { PDFDict, PDFName, PDFRawStream, type PDFDocument } from './pdf-lib';

/**
 * Removes the source's cross-reference streams and encryption dictionary before a full rewrite:
 * a rewritten file gets a fresh cross-reference section and is not encrypted, and a stale
 * /XRef stream left among the objects would make readers (and our own check) see /Encrypt again.
 */
export function dropStaleStructure(doc: PDFDocument): void {
  const context = doc.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    const isXrefStream = object instanceof PDFRawStream && dict.get(PDFName.of('Type')) === PDFName.of('XRef');
    const isEncryption = context.isDecrypted && dict.get(PDFName.of('Filter')) === PDFName.of('Standard') && dict.has(PDFName.of('O'));
    if (isXrefStream || isEncryption) context.delete(ref);
  }
}
