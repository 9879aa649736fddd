import { checkPrintedPdf } from './check-printed-pdf';
import { embedUnicodeFonts } from './fonts';
import { PageFlow } from './page-flow';
import { PDFDocument } from './pdf-lib';

const a4 = { width: 595.28, height: 841.89 };

/**
 * Lays content out with a PageFlow on A4 pages in the shipped Unicode fonts and returns checked
 * PDF bytes with at least one page. Shared by the app's own text and Markdown renditions.
 * `textToDraw` (all the text `draw` will lay out) lets Latin-only content skip the CJK fonts.
 */
export async function renderFlowToPdf(title: string, draw: (flow: PageFlow) => void, textToDraw?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('Quire');
  const fonts = await embedUnicodeFonts(doc, textToDraw);
  const flow = new PageFlow(doc, fonts, a4.width, a4.height);
  flow.newPage();
  draw(flow);
  const pages = flow.finish();
  const bytes = await doc.save({ useObjectStreams: false });
  await checkPrintedPdf(bytes, pages.length);
  return bytes;
}
