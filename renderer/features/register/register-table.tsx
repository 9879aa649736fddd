import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { RegisterSortColumn } from '../../../shared/contract';
import { routeHref } from '../../app/use-hash-route';
import { StateBadge } from '../../components/state-badge';
import type { RegisterWindows } from './use-register-windows';

const rowHeight = 34;

const columns: { label: string; sort: RegisterSortColumn }[] = [
  { label: 'Number', sort: 'number' },
  { label: 'Title', sort: 'title' },
  { label: 'Type', sort: 'type' },
  { label: 'Dept', sort: 'department' },
  { label: 'Owner', sort: 'owner' },
  { label: 'Rev', sort: 'revision' },
  { label: 'State', sort: 'state' },
  { label: 'Effective', sort: 'effectiveDate' },
  { label: 'Next review', sort: 'nextReviewDate' },
];

interface RegisterTableProps {
  rows: RegisterWindows;
  sort: RegisterSortColumn;
  direction: 'asc' | 'desc';
  onSort: (column: RegisterSortColumn) => void;
  onOpen: (number: string) => void;
  hrefFor: (number: string) => string;
}

/**
 * The register as a virtualised table over windows fetched as they scroll into view: only the visible
 * rows exist in the page and only their windows are asked for, so 100,000 documents scroll like ten.
 * Column heads sort (aria-sort says how); arrow keys, Page Up/Down, Home and End move between rows.
 */
export function RegisterTable({ rows, sort, direction, onSort, onOpen, hrefFor }: RegisterTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => rows.ensureRange(first, last), [rows, first, last]);
  // Another sort or filter starts at its first row, wherever the list before it was scrolled to.
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo(0, 0);
    virtualizer.scrollToOffset(0);
  }, [rows.key, virtualizer]);

  // The row the keyboard last asked for: an earlier request still waiting for its window gives way.
  const focusWanted = useRef<number | null>(null);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    focusWanted.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row's window may still be on its way from a busy core: keep trying while it is the row wanted.
    const started = performance.now();
    const tryFocus = () => {
      if (focusWanted.current !== target) return;
      const link = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] a`);
      if (link) {
        focusWanted.current = null;
        link.focus();
      } else if (performance.now() - started < 60_000) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(() => requestAnimationFrame(tryFocus));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : -1;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next === undefined || count === 0) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div className="register-table" role="table" aria-label="Documents" aria-rowcount={count + 1}>
      <div className="register-row register-header" role="row" aria-rowindex={1}>
        {columns.map((c) => {
          const sorted = c.sort === sort;
          return (
            <span key={c.sort} role="columnheader" aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" className="sort-button" onClick={() => onSort(c.sort)}>
                {c.label}
                <span aria-hidden="true">{sorted ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </span>
          );
        })}
      </div>
      <div className="register-scroll" ref={scrollRef} onKeyDown={onKeyDown} role="rowgroup">
        {rows.total === 0 ? (
          <p className="empty">No documents match.</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const d = rows.rowAt(item.index);
              const place = { transform: `translateY(${item.start}px)`, height: rowHeight };
              if (!d) {
                return (
                  <div key={`pending-${item.index}`} role="row" aria-rowindex={item.index + 2} data-index={item.index} className="register-row pending" style={place}>
                    <span role="cell" className="muted">
                      Loading…
                    </span>
                  </div>
                );
              }
              return (
                <div
                  key={d.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  className={`register-row${d.status === 'obsolete' ? ' obsolete' : ''}${item.index % 2 ? ' odd' : ''}`}
                  style={place}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('a')) onOpen(d.number);
                  }}
                >
                  <span role="cell" className="mono">
                    <a href={hrefFor(d.number)}>{d.number}</a>
                  </span>
                  <span role="cell" className="ellipsis" title={d.title}>
                    {d.title}
                    {d.external && <span className="muted"> · {d.external.reference ?? d.external.source}</span>}
                  </span>
                  <span role="cell">{d.type}</span>
                  <span role="cell">{d.department ?? '—'}</span>
                  <span role="cell" className="ellipsis" title={d.owner.username}>
                    {d.owner.fullName}
                  </span>
                  <span role="cell" className="mono rev-label">
                    {d.currentRevision?.label ?? '—'}
                  </span>
                  <span role="cell" className="revision-cell">
                    {d.currentRevision ? (
                      <>
                        <StateBadge state={d.currentRevision.state} />{' '}
                        <a href={routeHref({ screen: 'viewer', number: d.number, label: d.currentRevision.label })} className="small" title={`View ${d.number} ${d.currentRevision.label}`}>
                          View
                        </a>
                      </>
                    ) : (
                      '—'
                    )}
                    {d.status === 'obsolete' && <span className="badge badge-obsolete">Obsolete</span>}
                  </span>
                  <span role="cell" className="mono">
                    {d.effectiveDate ?? '—'}
                  </span>
                  <span role="cell" className="mono">
                    {d.nextReviewDate ?? '—'}
                  </span>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
