import type { SearchHit } from '../../../shared/contract';
import { StateBadge } from '../../components/state-badge';
import { viewerHref } from './viewer-href';

/** One result: where it is (document, revision, page) as a link into the viewer, and its snippet with the matched words marked. */
export function SearchHitItem({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  const where = hit.page === null ? 'Number, title or details' : `Page ${hit.page}${hit.pageSource === 'ocr' ? ' (text read by OCR)' : ''}`;
  const otherPages = hit.pages.filter((p) => p !== hit.page);
  return (
    <li className="search-hit">
      <a className="search-hit-title" href={viewerHref(hit.number, hit.revision.label, hit.page, terms.join(' '))}>
        <span className="mono">{hit.number}</span> {hit.title}
      </a>
      <div className="search-hit-where muted">
        Revision {hit.revision.label} <StateBadge state={hit.revision.state} /> · {where}
        {otherPages.length > 0 && ` · also on page${otherPages.length > 1 ? 's' : ''} ${otherPages.join(', ')}`}
      </div>
      <p className="search-snippet">{hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
    </li>
  );
}
