import { PDFArray, PDFNumber, type PDFContext, type PDFPage } from './pdf-lib';

/** The part of a page a reader sees, in the reader's upright orientation. */
export interface VisibleFrame {
  /** Width and height as the reader sees them (swapped for /Rotate 90 and 270). */
  width: number;
  height: number;
  /** Maps upright reader coordinates (origin bottom-left of the visible area) to the page's user space. */
  matrix: [number, number, number, number, number, number];
}

/**
 * The visible frame of a page: its CropBox clipped to its MediaBox (both possibly off the origin,
 * inherited or written corner-first in any order) and its /Rotate (inherited, any multiple of 90).
 */
export function visibleFrameOf(page: PDFPage): VisibleFrame {
  const media = rectangleOf(attempt(() => page.node.MediaBox()), page.doc.context) ?? { left: 0, bottom: 0, right: 612, top: 792 };
  const crop = rectangleOf(attempt(() => page.node.CropBox()), page.doc.context) ?? media;
  const left = Math.max(media.left, crop.left);
  const bottom = Math.max(media.bottom, crop.bottom);
  const right = Math.min(media.right, crop.right);
  const top = Math.min(media.top, crop.top);
  // A CropBox outside the MediaBox is an error in the file; readers then show the MediaBox.
  const box = right > left && top > bottom ? { left, bottom, right, top } : media;
  const w = box.right - box.left;
  const h = box.top - box.bottom;

  const rotate = attempt(() => page.node.Rotate()?.asNumber()) ?? 0;
  switch ((((Math.round(rotate / 90) * 90) % 360) + 360) % 360) {
    case 90:
      return { width: h, height: w, matrix: [0, 1, -1, 0, box.right, box.bottom] };
    case 180:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, box.right, box.top] };
    case 270:
      return { width: h, height: w, matrix: [0, -1, 1, 0, box.left, box.top] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, box.left, box.bottom] };
  }
}

function rectangleOf(value: PDFArray | undefined, context: PDFContext): { left: number; bottom: number; right: number; top: number } | undefined {
  if (!(value instanceof PDFArray) || value.size() !== 4) return undefined;
  const numbers = value.asArray().map((item) => {
    const resolved = context.lookup(item);
    return resolved instanceof PDFNumber ? resolved.asNumber() : Number.NaN;
  });
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [x1, y1, x2, y2] = numbers as [number, number, number, number];
  if (x1 === x2 || y1 === y2) return undefined;
  return { left: Math.min(x1, x2), bottom: Math.min(y1, y2), right: Math.max(x1, x2), top: Math.max(y1, y2) };
}

// A malformed box or rotation entry is treated as absent, as viewers do.
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
