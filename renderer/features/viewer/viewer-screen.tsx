import { useCallback } from 'react';
import { routeHref } from '../../app/use-hash-route';
import { DocumentViewer } from './document-viewer';
import { RequestChangeButton } from '../dcr/request-change-dialog';

/**
 * The viewer as a page of its own (#/documents/<number>/revisions/<label>/view?page=&find=): the page and
 * the text searched are kept in the address, replacing the entry so Back leaves the viewer.
 */
export function ViewerScreen({ number, label, page, find }: { number: string; label: string; page?: number; find?: string }) {
  const keepPlace = useCallback(
    (place: { page: number; find: string }) => {
      const href = routeHref({ screen: 'viewer', number, label, page: place.page, ...(place.find.trim() ? { find: place.find } : {}) });
      if (window.location.hash !== href) window.history.replaceState(null, '', href);
    },
    [number, label],
  );
  return (
    <section aria-labelledby="viewer-title" className="viewer-screen">
      <div className="page-head">
        <h1 id="viewer-title" tabIndex={-1}>
          {number} <span className="muted">revision</span> {label}
        </h1>
        <span>
          <RequestChangeButton number={number} /> <a href={routeHref({ screen: 'document', number })}>Back to the document</a>
        </span>
      </div>
      <DocumentViewer number={number} label={label} initialPage={page} initialFind={find} onPlaceChange={keepPlace} />
    </section>
  );
}
