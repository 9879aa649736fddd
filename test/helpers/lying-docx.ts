// A DOCX zip bomb whose ZIP headers lie: every part declares a small uncompressed size, while its
// document.xml really inflates to about a gigabyte (mostly white space between paragraphs, which
// deflate squeezes about 1,000:1). Written by hand, so nothing normalises the lying size fields.
import { createDeflateRaw, crc32 } from 'node:zlib';

interface ZipPart {
  name: string;
  compressed: Buffer;
  crc: number;
  /** What the headers claim the part inflates to. */
  declaredSize: number;
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rootRelationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const documentStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bomb paragraph</w:t></w:r></w:p>`;
const documentEnd = '<w:p><w:r><w:t>Last paragraph</w:t></w:r></w:p></w:body></w:document>';

/** Deflates the pieces in order, streamed, so the test never holds the inflated part in memory. */
async function deflatePart(name: string, pieces: Iterable<Buffer>, declaredSize: number): Promise<ZipPart> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => deflater.once('end', resolve).once('error', reject));
  let crc = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { name, compressed: Buffer.concat(out), crc, declaredSize };
}

function* documentPieces(inflatedMiB: number): Generator<Buffer> {
  yield Buffer.from(documentStart);
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  for (let n = 0; n < inflatedMiB; n++) yield blank;
  yield Buffer.from(documentEnd);
}

function localHeader(part: ZipPart): Buffer {
  const name = Buffer.from(part.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(part.crc >>> 0, 14);
  header.writeUInt32LE(part.compressed.length, 18);
  header.writeUInt32LE(part.declaredSize, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralEntry(part: ZipPart, offset: number): Buffer {
  const name = Buffer.from(part.name);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(part.crc >>> 0, 16);
  entry.writeUInt32LE(part.compressed.length, 20);
  entry.writeUInt32LE(part.declaredSize, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt32LE(offset, 42);
  return Buffer.concat([entry, name]);
}

/**
 * A DOCX of about a megabyte whose document.xml inflates to `inflatedMiB` MiB, while the local
 * headers and the central directory declare 1 KiB for it (and the true sizes of the small parts).
 */
export async function docxWithLyingSizes(inflatedMiB = 1024): Promise<Buffer> {
  const small = (name: string, xml: string) => deflatePart(name, [Buffer.from(xml)], Buffer.byteLength(xml));
  const parts = [await small('[Content_Types].xml', contentTypes), await small('_rels/.rels', rootRelationships), await deflatePart('word/document.xml', documentPieces(inflatedMiB), 1024)];
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    directory.push(centralEntry(part, offset));
    const local = Buffer.concat([localHeader(part), part.compressed]);
    body.push(local);
    offset += local.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, directoryBytes, end]);
}
