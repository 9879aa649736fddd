import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegisterEntry, RegisterFilter } from '../../../shared/contract';
import { call, errorSentence } from '../../api';

/** Rows per request: a few screenfuls, so scrolling rarely waits and no answer is large. */
export const registerWindowSize = 100;

export interface RegisterWindows {
  /** The filter and sort these rows answer (a new one starts afresh). */
  key: string;
  /** How many documents match; null until the first window answers. */
  total: number | null;
  /** The row at an index, or undefined while its window is on its way. */
  rowAt(index: number): RegisterEntry | undefined;
  /** Asks for the windows covering rows start..end (inclusive) that are not loaded or loading yet. */
  ensureRange(start: number, end: number): void;
  error: string | null;
  reload(): void;
}

/**
 * The register fetched window by window as the user scrolls. A new filter (or reload) starts afresh,
 * and answers for an older filter are dropped, so rows of two filters never mix.
 */
export function useRegisterWindows(filter: RegisterFilter): RegisterWindows {
  const key = JSON.stringify(filter);
  const [generation, setGeneration] = useState(0);
  const [, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const windows = useRef(new Map<number, RegisterEntry[]>());
  const requested = useRef(new Set<number>());
  const current = useRef('');

  const fetchWindow = useCallback(
    (index: number, stamp: string) => {
      if (requested.current.has(index)) return;
      requested.current.add(index);
      call('documents.list', { ...(JSON.parse(key) as RegisterFilter), offset: index * registerWindowSize, limit: registerWindowSize }).then(
        (answer) => {
          if (current.current !== stamp) return;
          windows.current.set(index, answer.documents);
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (current.current !== stamp) return;
          requested.current.delete(index);
          setError(errorSentence(e));
        },
      );
    },
    [key],
  );

  useEffect(() => {
    const stamp = `${key}#${generation}`;
    current.current = stamp;
    windows.current = new Map();
    requested.current = new Set();
    setTotal(null);
    fetchWindow(0, stamp);
  }, [key, generation, fetchWindow]);

  return {
    key,
    total,
    error,
    rowAt: (index) => windows.current.get(Math.floor(index / registerWindowSize))?.[index % registerWindowSize],
    ensureRange: (start, end) => {
      for (let w = Math.floor(Math.max(0, start) / registerWindowSize); w <= Math.floor(Math.max(0, end) / registerWindowSize); w++) fetchWindow(w, current.current);
    },
    reload: () => setGeneration((g) => g + 1),
  };
}
