import type { UnicodeFonts } from './fonts';
import type { PDFStream} from './pdf-lib';
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFPage } from './pdf-lib';
import type { StampSpec } from './stamp-spec';
import { pageStampXObject, sharedStampXObject } from './stamp-overlay';
import { visibleFrameOf } from './visible-frame';

/**
 * Stamps each given page (1-based numbers `firstNumber`…) upright inside its visible area.
 * Only the page dictionaries change (new /Resources and /Contents that wrap the old content),
 * so the original objects stay byte-for-byte as they were; returns the refs of changed pages.
 */
export function applyPageStamps(doc: PDFDocument, fonts: UnicodeFonts, spec: StampSpec, pages: { page: PDFPage; number: number }[], pageCount: number): PDFRef[] {
  const context = doc.context;
  const sharedBySize = new Map<string, PDFRef>();
  const tailByKey = new Map<string, PDFRef>();
  // One shared "q" stream: the page's own content then runs in its own graphics state.
  const push = context.register(context.stream('q'));
  const changed: PDFRef[] = [];

  for (const { page, number } of pages) {
    const frame = visibleFrameOf(page);
    const sizeKey = `${frame.width.toFixed(2)}x${frame.height.toFixed(2)}`;
    let shared = sharedBySize.get(sizeKey);
    if (!shared) {
      shared = sharedStampXObject(doc, fonts, spec, frame.width, frame.height);
      sharedBySize.set(sizeKey, shared);
    }
    const stamp = pageStampXObject(doc, fonts, shared, frame.width, frame.height, number, pageCount);

    const resources = copyOfResources(page);
    const xObjects = copyOfDict(context.lookupMaybe(resources.get(PDFName.of('XObject')), PDFDict), doc);
    const name = freeName(xObjects, 'QuireStamp');
    xObjects.set(PDFName.of(name), stamp);
    resources.set(PDFName.of('XObject'), xObjects);

    const matrix = frame.matrix.map((n) => String(Math.round(n * 1000) / 1000)).join(' ');
    const tailKey = `${matrix}/${name}`;
    let tail = tailByKey.get(tailKey);
    if (!tail) {
      tail = context.register(context.stream(`\nQ\nq ${matrix} cm /${name} Do Q\n`));
      tailByKey.set(tailKey, tail);
    }
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('Contents'), context.obj([push, ...contentRefsOf(page), tail]));
    changed.push(page.ref);
  }
  return changed;
}

// A fresh /Resources for the page (inherited ones included), so shared resource objects stay untouched.
function copyOfResources(page: PDFPage): PDFDict {
  let inherited: PDFDict | undefined;
  try {
    inherited = page.node.Resources();
  } catch {
    inherited = undefined;
  }
  return copyOfDict(inherited, page.doc);
}

function copyOfDict(dict: PDFDict | undefined, doc: PDFDocument): PDFDict {
  const copy = doc.context.obj({});
  if (dict) for (const [key, value] of dict.entries()) copy.set(key, value);
  return copy;
}

function contentRefsOf(page: PDFPage): (PDFRef | PDFStream)[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const resolved = page.doc.context.lookup(contents);
  if (resolved instanceof PDFArray) return resolved.asArray().filter((item): item is PDFRef => item instanceof PDFRef);
  if (contents instanceof PDFRef) return [contents];
  return [];
}

function freeName(dict: PDFDict, base: string): string {
  let name = base;
  for (let n = 1; dict.has(PDFName.of(name)); n++) name = `${base}${n}`;
  return name;
}
