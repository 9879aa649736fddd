import { ContentCanvas, type Rgb } from './content-canvas';
import { fitText } from './fit-text';
import type { UnicodeFonts } from './fonts';
import type { PDFDocument, PDFRef } from './pdf-lib';
import { qrCodeOperators } from './qr-code-operators';
import type { StampSpec } from './stamp-spec';
import { copyLine, effectiveLine, identityLine, pageNumberText, printedLine, verificationLine, watermarkLabelFor } from './stamp-wording';
import { verificationQrText } from './verification-qr-text';

// The stamp, in upright reader coordinates of a visible frame of width × height.
// Everything but the page number is the same on every page of a size, so it is one shared
// Form XObject per page size; each page adds only a tiny XObject with its page number.

const white: Rgb = [1, 1, 1];
const ink: Rgb = [0, 0, 0];
const controlledRed: Rgb = [0.65, 0, 0];
const rule: Rgb = [0.45, 0.45, 0.45];

/** Geometry of the stamp for a frame size; the manifest uses it to keep clear of the bands. */
export function stampLayout(width: number, height: number) {
  const scale = Math.max(0.5, Math.min(1, width / 480));
  const margin = 12 * scale;
  const bandHeight = 28 * scale;
  const qrSize = 50 * scale;
  return {
    scale,
    margin,
    bandTop: height - margin,
    bandBottom: height - margin - bandHeight,
    headerSize: 8.5 * scale,
    detailSize: 7 * scale,
    footerSize: 6.5 * scale,
    qrSize,
    /** Content drawn by Quire (manifest, cover sheet) stays between these. */
    contentTop: height - margin - bandHeight - 14 * scale,
    contentBottom: margin + qrSize + 10 * scale,
  };
}

/** The shared stamp (header band, footer, QR code, watermark) for one frame size, embedded once. */
export function sharedStampXObject(doc: PDFDocument, fonts: UnicodeFonts, spec: StampSpec, width: number, height: number): PDFRef {
  const layout = stampLayout(width, height);
  const { margin, scale } = layout;
  const canvas = new ContentCanvas(fonts);

  const watermark = watermarkLabelFor(spec.revisionState);
  if (watermark) drawWatermark(canvas, watermark, width, height);

  // Header band: a translucent white backing keeps it legible over any page content.
  canvas.rectangle(margin, layout.bandBottom, width - 2 * margin, layout.bandTop - layout.bandBottom, white, 0.85);
  canvas.line(margin, layout.bandBottom, width - margin, layout.bandBottom, 0.5 * scale, rule);
  const pageNumberRoom = fonts.widthOfText(pageNumberText(9999, 9999), layout.headerSize, 'bold') + 12 * scale;
  const textWidth = width - 2 * margin - 8 * scale;
  const left = margin + 4 * scale;
  canvas.text(fitText(fonts, identityLine(spec), layout.headerSize, textWidth - pageNumberRoom, 'bold'), {
    x: left,
    y: layout.bandTop - 11 * scale,
    size: layout.headerSize,
    weight: 'bold',
  });
  const effective = `${effectiveLine(spec)} · `;
  const effectiveWidth = canvas.text(effective, { x: left, y: layout.bandTop - 23 * scale, size: layout.detailSize });
  canvas.text(fitText(fonts, copyLine(spec), layout.detailSize, textWidth - effectiveWidth, 'bold'), {
    x: left + effectiveWidth,
    y: layout.bandTop - 23 * scale,
    size: layout.detailSize,
    weight: 'bold',
    color: spec.copy.kind === 'controlled' ? controlledRed : ink,
  });

  // Footer: verification code and print facts on the left, the QR code in the corner.
  const qrX = width - margin - layout.qrSize;
  const pad = 2 * scale;
  canvas.rectangle(qrX - pad, margin - pad, layout.qrSize + 2 * pad, layout.qrSize + 2 * pad, white);
  canvas.raw(qrCodeOperators(verificationQrText(spec), qrX, margin, layout.qrSize));
  const footerWidth = qrX - margin - 8 * scale;
  const lines = [verificationLine(spec), printedLine(spec)].map((line) => fitText(fonts, line, layout.footerSize, footerWidth - 4 * scale));
  const widest = Math.max(...lines.map((line) => fonts.widthOfText(line, layout.footerSize)));
  canvas.rectangle(margin, margin - pad, widest + 8 * scale, 2 * layout.footerSize + 8 * scale, white, 0.85);
  lines.forEach((line, i) => canvas.text(line, { x: left, y: margin + 2 * scale + (1 - i) * (layout.footerSize + 3 * scale), size: layout.footerSize }));

  return registerForm(doc, canvas, width, height, true);
}

/** The per-page part: the shared stamp plus "Page X of Y", right-aligned in the header band. */
export function pageStampXObject(doc: PDFDocument, fonts: UnicodeFonts, shared: PDFRef, width: number, height: number, page: number, pageCount: number): PDFRef {
  const layout = stampLayout(width, height);
  const canvas = new ContentCanvas(fonts);
  canvas.xObject(shared);
  const text = pageNumberText(page, pageCount);
  const textWidth = fonts.widthOfText(text, layout.headerSize, 'bold');
  canvas.text(text, { x: width - layout.margin - 4 * layout.scale - textWidth, y: layout.bandTop - 11 * layout.scale, size: layout.headerSize, weight: 'bold' });
  return registerForm(doc, canvas, width, height, false);
}

function drawWatermark(canvas: ContentCanvas, label: string, width: number, height: number): void {
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const diagonal = Math.hypot(width, height);
  const size = Math.min(160, (0.65 * diagonal) / Math.max(1, canvas.fonts.widthOfText(label, 1, 'bold')));
  const labelWidth = canvas.fonts.widthOfText(label, size, 'bold');
  const capHeight = size * 0.7;
  const radians = (angle * Math.PI) / 180;
  // Start so that the label's centre sits on the page centre.
  const x = width / 2 - (labelWidth / 2) * Math.cos(radians) + (capHeight / 2) * Math.sin(radians);
  const y = height / 2 - (labelWidth / 2) * Math.sin(radians) - (capHeight / 2) * Math.cos(radians);
  canvas.text(label, { x, y, size, weight: 'bold', color: [0.8, 0.1, 0.1], opacity: 0.2, angle });
}

function registerForm(doc: PDFDocument, canvas: ContentCanvas, width: number, height: number, compress: boolean): PDFRef {
  const context = doc.context;
  const dict = { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: canvas.resources(context) };
  // Per-page forms are a few dozen bytes: compressing them would cost more time than it saves space.
  const stream = compress ? context.flateStream(canvas.content(), dict) : context.stream(canvas.content(), dict);
  return context.register(stream);
}
