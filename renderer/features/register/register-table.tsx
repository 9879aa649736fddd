import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../shared/contract';
import { routeHref } from '../../app/use-hash-route';
import { StateBadge } from '../../components/state-badge';

const rowHeight = 34;

interface RegisterTableProps {
  documents: DocumentSummary[];
  onOpen: (number: string) => void;
  hrefFor: (number: string) => string;
}

/**
 * The register as a virtualised table: only the visible rows exist in the page, so ten thousand documents
 * scroll as smoothly as ten. Arrow keys, Page Up/Down, Home and End move between rows; Enter opens one.
 */
export function RegisterTable({ documents, onOpen, hrefFor }: RegisterTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: documents.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(documents.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] a`)?.focus()));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : -1;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: documents.length - 1 };
    const next = moves[event.key];
    if (next === undefined || documents.length === 0) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div className="register-table" role="table" aria-label="Documents" aria-rowcount={documents.length + 1}>
      <div className="register-row register-header" role="row" aria-rowindex={1}>
        <span role="columnheader">Number</span>
        <span role="columnheader">Title</span>
        <span role="columnheader">Type</span>
        <span role="columnheader">Dept</span>
        <span role="columnheader">Owner</span>
        <span role="columnheader">Revision</span>
      </div>
      <div className="register-scroll" ref={scrollRef} onKeyDown={onKeyDown} role="rowgroup">
        {documents.length === 0 ? (
          <p className="empty">No documents match.</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const d = documents[item.index]!;
              return (
                <div
                  key={d.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  className={`register-row${d.status === 'obsolete' ? ' obsolete' : ''}${item.index % 2 ? ' odd' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
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
                  <span role="cell" className="revision-cell">
                    {d.currentRevision ? (
                      <>
                        <span className="mono rev-label">{d.currentRevision.label}</span> <StateBadge state={d.currentRevision.state} />{' '}
                        <a href={routeHref({ screen: 'viewer', number: d.number, label: d.currentRevision.label })} className="small" title={`View ${d.number} ${d.currentRevision.label}`}>
                          View
                        </a>
                      </>
                    ) : (
                      '—'
                    )}
                    {d.status === 'obsolete' && <span className="badge badge-obsolete">Obsolete</span>}
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
