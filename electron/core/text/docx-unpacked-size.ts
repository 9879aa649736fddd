// A DOCX is a ZIP. Before handing it to mammoth (which inflates parts wholly in memory), the sizes
// its central directory declares are summed, so a small file that would inflate to gigabytes is refused.

const endOfCentralDirectorySignature = 0x06054b50;
const centralDirectoryEntrySignature = 0x02014b50;
/** ZIP64 marks sizes it moved elsewhere with all ones; such archives are far beyond any document. */
const zip64Marker = 0xffffffff;

/** Returns the total uncompressed size the archive declares, or undefined when it is not a readable ZIP. */
export function docxUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= searchFrom; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entryCount = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entryCount; entry++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== centralDirectoryEntrySignature) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === zip64Marker) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
