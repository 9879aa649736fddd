import JSZip from 'jszip';
import { loadPdfDocument } from '../load-pdf-document';
import { PDFDict, PDFName, PDFArray } from '../pdf-lib';

/** What an office program did with a source's fonts: ones it replaced, and ones it did not embed. */
export interface FontReport {
  substituted: string[];
  notEmbedded: string[];
}

const wordprocessingMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// The parts read are a few kB in real documents; anything larger is not worth inflating to name fonts.
const maxPartBytes = 8 * 1024 * 1024;

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) return '';
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > maxPartBytes) return '';
  return file.async('string');
}

function attributes(xml: string, element: string, names: string[]): string[] {
  const found: string[] = [];
  for (const match of xml.matchAll(new RegExp(`<${element}\\b([^>]*)>`, 'gu'))) {
    for (const name of names) {
      const value = new RegExp(`\\b${name}="([^"]+)"`, 'u').exec(match[1]!)?.[1];
      if (value) found.push(value.replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'"));
    }
  }
  return found;
}

/**
 * The fonts a DOCX sets its text in: the fonts its runs name; when they name none, the default paragraph
 * style's; else the document defaults' (theme fonts resolved). Fonts of styles the text does not fall back
 * to are left out: they would be false alarms.
 */
export async function docxFontNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const [body, styles, theme] = await Promise.all([part(zip, 'word/document.xml'), part(zip, 'word/styles.xml'), part(zip, 'word/theme/theme1.xml')]);
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/u.exec(styles)?.[0] ?? '';
  const normalStyle = /<w:style\b[^>]*w:default="1"[^>]*w:type="paragraph"[\s\S]*?<\/w:style>|<w:style\b[^>]*w:type="paragraph"[^>]*w:default="1"[\s\S]*?<\/w:style>/u.exec(styles)?.[0] ?? '';
  const themeFont = (kind: 'major' | 'minor') => new RegExp(`<a:${kind}Font>\\s*<a:latin typeface="([^"]*)"`, 'u').exec(theme)?.[1];
  const fontsIn = (xml: string) => {
    const names = new Set(attributes(xml, 'w:rFonts', ['w:ascii', 'w:hAnsi']));
    for (const theme of attributes(xml, 'w:rFonts', ['w:asciiTheme', 'w:hAnsiTheme'])) {
      const resolved = themeFont(theme.startsWith('major') ? 'major' : 'minor');
      if (resolved) names.add(resolved);
    }
    return [...names].filter((n) => n.trim() !== '').sort();
  };
  for (const xml of [body, normalStyle, defaults]) {
    const names = fontsIn(xml);
    if (names.length > 0) return names;
  }
  return [];
}

/** The fonts a PDF uses, by base name (subset prefix removed), each with whether its program is embedded. */
export async function pdfFonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  const document = await loadPdfDocument(bytes);
  const fonts = new Map<string, boolean>();
  const descriptorEmbeds = (font: PDFDict): boolean => {
    const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    if (descriptor) return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
    const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const first = descendants?.lookupMaybe(0, PDFDict);
    return first ? descriptorEmbeds(first) : false;
  };
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookupMaybe(PDFName.of('Type'), PDFName)?.asString() !== '/Font') continue;
    const subtype = object.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString();
    // Type 3 fonts are drawn by the PDF itself; a CID font is reported through its Type 0 parent.
    if (subtype === '/Type3' || subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue;
    const base = object.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText();
    if (!base) continue;
    const name = base.replace(/^[A-Z]{6}\+/u, '');
    fonts.set(name, (fonts.get(name) ?? false) || descriptorEmbeds(object));
  }
  return [...fonts].map(([name, embedded]) => ({ name, embedded }));
}

const squashed = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/gu, '');

/**
 * Compares the fonts a source asks for with those its rendition uses: a source font no PDF font is named
 * after was substituted by the office program; a PDF font without its program embedded prints as the
 * printer's own. Only DOCX sources are compared (null for others).
 */
export async function renditionFontReport(source: { mediaType: string; bytes: Uint8Array }, rendition: Uint8Array): Promise<FontReport | null> {
  const used = await pdfFonts(rendition);
  const notEmbedded = used.filter((f) => !f.embedded).map((f) => f.name).sort();
  if (source.mediaType !== wordprocessingMediaType) return { substituted: [], notEmbedded };
  let wanted: string[];
  try {
    wanted = await docxFontNames(source.bytes);
  } catch {
    return { substituted: [], notEmbedded };
  }
  const present = used.map((f) => squashed(f.name));
  const substituted = wanted.filter((name) => !present.some((p) => p.startsWith(squashed(name))));
  return { substituted, notEmbedded };
}
