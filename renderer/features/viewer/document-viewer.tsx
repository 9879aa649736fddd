import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { findInPages, type FoundText, type PageTextRun } from './find-in-pages';
import { loadViewablePdf, type ViewablePdf } from './load-viewable-pdf';
import { openPdfForViewing, type PDFDocumentProxy } from './pdfjs';
import { useViewingRecord, type ViewingState } from './use-viewing-record';
import { ViewerFallback } from './viewer-fallback';

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

export interface DocumentViewerProps {
  number: string;
  label: string;
  /** The page to open at (1-based) and a text to find at once (from the address). */
  initialPage?: number;
  initialFind?: string;
  /** A smaller page for dialogs. */
  compact?: boolean;
  /** Told whenever what the core has recorded about this viewing changes (a dialog enables signing on it). */
  onViewing?: (state: ViewingState) => void;
  /** Told when the page or the text searched changes (a screen keeps them in its address). */
  onPlaceChange?: (place: { page: number; find: string }) => void;
}

interface Highlight {
  left: number;
  top: number;
  width: number;
  height: number;
  current: boolean;
}

/**
 * A revision's pages, as pdf.js draws them from the PDF the core serves (no stamp: a screen view):
 * page navigation (buttons and keys), zoom, and text search with highlights and "n of m". Each page
 * shown is counted, and the core records the viewing (signing that content requires one).
 */
export function DocumentViewer({ number, label, initialPage, initialFind, compact, onViewing, onPlaceChange }: DocumentViewerProps) {
  const [source, setSource] = useState<ViewablePdf | null>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [page, setPage] = useState(Math.max(1, initialPage ?? 1));
  const [zoom, setZoom] = useState(compact ? 0.75 : 1);
  const [query, setQuery] = useState(initialFind ?? '');
  const [found, setFound] = useState<FoundText[]>([]);
  const [current, setCurrent] = useState(0);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [pageSize, setPageSize] = useState({ width: 0, height: 0 });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const texts = useRef<Map<number, PageTextRun[]>>(new Map());
  const viewing = useViewingRecord(number, label, source?.contentSha256 ?? null, pdf?.numPages ?? 0, onViewing);

  useEffect(() => {
    let stale = false;
    let opened: (() => Promise<void>) | null = null;
    loadViewablePdf(number, label)
      .then(async (loaded) => {
        const { document, close } = await openPdfForViewing(loaded.pdf);
        if (stale) return void close();
        opened = close;
        setSource(loaded);
        setPdf(document);
        setPage((p) => Math.min(p, document.numPages));
      })
      .catch((e: unknown) => !stale && setError(e));
    return () => {
      stale = true;
      void opened?.();
    };
  }, [number, label]);

  const pageCount = pdf?.numPages ?? 0;

  async function textOf(pageNumber: number): Promise<PageTextRun[]> {
    const known = texts.current.get(pageNumber);
    if (known) return known;
    const content = await (await pdf!.getPage(pageNumber)).getTextContent();
    const runs = content.items.filter((item) => 'str' in item) as PageTextRun[];
    texts.current.set(pageNumber, runs);
    return runs;
  }

  // Draws the current page, then marks it seen.
  useEffect(() => {
    if (!pdf || !canvasRef.current) return;
    let cancelled = false;
    const canvas = canvasRef.current;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void pdf.getPage(page).then(async (pdfPage) => {
      if (cancelled) return;
      const viewport = pdfPage.getViewport({ scale: zoom * (window.devicePixelRatio || 1) });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const cssSize = { width: viewport.width / (window.devicePixelRatio || 1), height: viewport.height / (window.devicePixelRatio || 1) };
      canvas.style.width = `${cssSize.width}px`;
      canvas.style.height = `${cssSize.height}px`;
      setPageSize(cssSize);
      task = pdfPage.render({ canvas, viewport });
      try {
        await task.promise;
      } catch {
        return; // cancelled by a newer page or zoom
      }
      if (!cancelled) viewing.pageShown(page);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
    // Dependencies: viewing.pageShown is stable per document.
  }, [pdf, page, zoom]);

  // Finds the text in every page (once per query), and goes to the first match at or after this page.
  useEffect(() => {
    if (!pdf) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => textOf(i + 1)));
      if (stale) return;
      const matches = findInPages(pages, query);
      setFound(matches);
      const next = matches.findIndex((m) => m.page >= page);
      const chosen = matches.length === 0 ? 0 : next === -1 ? 0 : next;
      setCurrent(chosen);
      if (matches[chosen]) setPage(matches[chosen].page);
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // Dependencies: searching again only when the text or document changes.
  }, [pdf, query]);

  // Highlights the matches on the page shown.
  useEffect(() => {
    if (!pdf) return;
    let stale = false;
    void (async () => {
      const onPage = found.map((m, i) => ({ m, i })).filter(({ m }) => m.page === page);
      if (onPage.length === 0) return setHighlights([]);
      const [pdfPage, runs] = await Promise.all([pdf.getPage(page), textOf(page)]);
      const viewport = pdfPage.getViewport({ scale: zoom });
      const boxes = onPage.flatMap(({ m, i }) =>
        m.parts.map((part) => {
          const run = runs[part.run]!;
          const [, , , , x, y] = run.transform as [number, number, number, number, number, number];
          const height = run.height || Math.hypot(run.transform[2]!, run.transform[3]!);
          const [x1, y1] = viewport.convertToViewportPoint(x + run.width * part.from, y - height * 0.2) as [number, number];
          const [x2, y2] = viewport.convertToViewportPoint(x + run.width * part.to, y + height) as [number, number];
          return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), current: i === current };
        }),
      );
      if (!stale) setHighlights(boxes);
    })();
    return () => {
      stale = true;
    };
    // Dependencies: textOf reads a cache.
  }, [pdf, page, zoom, found, current]);

  useEffect(() => onPlaceChange?.({ page, find: query }), [page, query, onPlaceChange]);

  const goTo = (p: number) => setPage(Math.min(Math.max(1, p), Math.max(1, pageCount)));
  const zoomBy = (step: 1 | -1) => setZoom((z) => zoomSteps[Math.min(Math.max(0, zoomSteps.findIndex((s) => s >= z) + step), zoomSteps.length - 1)]!);
  const goToMatch = (step: 1 | -1) => {
    if (found.length === 0) return;
    const next = (current + step + found.length) % found.length;
    setCurrent(next);
    setPage(found[next]!.page);
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input')) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => goTo(page + 1),
      PageDown: () => goTo(page + 1),
      ArrowLeft: () => goTo(page - 1),
      PageUp: () => goTo(page - 1),
      Home: () => goTo(1),
      End: () => goTo(pageCount),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  };

  if (error) return <ViewerFallback number={number} label={label} error={error} onDeclared={viewing.declared} />;
  return (
    <div className={compact ? 'viewer viewer-compact' : 'viewer'} data-testid="document-viewer">
      <div className="viewer-toolbar" role="toolbar" aria-label={`${number} ${label} pages`}>
        <button type="button" onClick={() => goTo(page - 1)} disabled={page <= 1} aria-label="Previous page">
          ‹
        </button>
        <label className="viewer-page">
          <span className="sr-only">Page</span>
          <input type="number" min={1} max={pageCount || 1} value={page} onChange={(e) => goTo(Number(e.target.value) || 1)} aria-label="Page number" />
          <span className="muted" data-testid="viewer-page-count">
            of {pageCount || '…'}
          </span>
        </label>
        <button type="button" onClick={() => goTo(page + 1)} disabled={page >= pageCount} aria-label="Next page">
          ›
        </button>
        <span className="viewer-sep" />
        <button type="button" onClick={() => zoomBy(-1)} aria-label="Zoom out">
          −
        </button>
        <span className="viewer-zoom" data-testid="viewer-zoom">
          {Math.round(zoom * 100)}%
        </span>
        <button type="button" onClick={() => zoomBy(1)} aria-label="Zoom in">
          +
        </button>
        <span className="viewer-sep" />
        <input
          type="search"
          className="viewer-find"
          placeholder="Find in document"
          aria-label="Find in document"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            goToMatch(e.shiftKey ? -1 : 1);
          }}
        />
        <button type="button" onClick={() => goToMatch(-1)} disabled={found.length === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" onClick={() => goToMatch(1)} disabled={found.length === 0} aria-label="Next match">
          ↓
        </button>
        <span className="muted viewer-matches" role="status" data-testid="viewer-matches">
          {query.trim() ? (found.length ? `${current + 1} of ${found.length}` : 'no match') : ''}
        </span>
      </div>
      <div className="viewer-pages" tabIndex={0} onKeyDown={onKey} aria-label={`Page ${page} of ${pageCount || '…'} of ${number} revision ${label}`} role="region">
        {!pdf && <p className="muted viewer-loading">Loading the document…</p>}
        <div className="viewer-page-frame" style={{ width: pageSize.width || undefined, height: pageSize.height || undefined }} hidden={!pdf}>
          <canvas ref={canvasRef} data-testid="viewer-canvas" data-page={page} />
          {highlights.map((h, i) => (
            <span key={i} className={h.current ? 'viewer-hit viewer-hit-current' : 'viewer-hit'} data-testid="viewer-hit" style={{ left: h.left, top: h.top, width: h.width, height: h.height }} />
          ))}
        </div>
      </div>
      {source && source.rendition.kind !== 'native-pdf' && (
        <p className="muted small viewer-note">
          Shown as a PDF made from {source.fileName} ({source.rendition.tool}); signatures are bound to the file itself.
        </p>
      )}
      <ErrorMessage message={viewing.error ? errorSentence(viewing.error) : null} />
    </div>
  );
}
