import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';

/** What the core has recorded of this viewing: nothing yet, or how many pages were shown (null: declared). */
export type ViewingState = { recorded: false } | { recorded: true; pagesShown: number | null; pageCount: number | null };

/**
 * Counts the pages shown and has the core record the viewing: at once for the first page, then again
 * (at most every two seconds) as more pages are seen, so the audit trail says how far the reader got
 * without an event per page turn.
 */
export function useViewingRecord(number: string, label: string, contentSha256: string | null, pageCount: number, onViewing?: (state: ViewingState) => void) {
  const seen = useRef(new Set<number>());
  const recorded = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const report = useRef(onViewing);
  report.current = onViewing;

  const record = useCallback(
    async (pages: { shown: number; of: number } | undefined) => {
      if (!contentSha256) return;
      try {
        const viewing = await call('revisions.recordViewing', { number, label, contentSha256, ...(pages ? { pages } : {}) });
        setError(null);
        report.current?.({ recorded: true, pagesShown: viewing.pagesShown, pageCount: viewing.pageCount });
      } catch (e) {
        setError(e);
      }
    },
    [number, label, contentSha256],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  const pageShown = useCallback(
    (page: number) => {
      if (!contentSha256 || pageCount === 0 || seen.current.has(page)) return;
      seen.current.add(page);
      const pages = () => ({ shown: seen.current.size, of: pageCount });
      if (recorded.current === 0) {
        recorded.current = 1;
        void record(pages());
        return;
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (seen.current.size > recorded.current) {
          recorded.current = seen.current.size;
          void record(pages());
        }
      }, 2000);
    },
    [contentSha256, pageCount, record],
  );

  /** The file could not be shown here: the user says they opened the downloaded file instead. */
  const declared = useCallback(async (sha256: string) => {
    try {
      const viewing = await call('revisions.recordViewing', { number, label, contentSha256: sha256 });
      report.current?.({ recorded: true, pagesShown: viewing.pagesShown, pageCount: viewing.pageCount });
    } catch (e) {
      setError(e);
    }
  }, [number, label]);

  return { pageShown, declared, error };
}
