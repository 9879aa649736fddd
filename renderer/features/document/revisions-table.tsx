import type { Revision } from '../../../shared/contract';
import { contentDownloadUrl } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { fileSize, shortHash, localTime } from '../../components/format';
import { StateBadge } from '../../components/state-badge';
import { DataTable } from '../../components/data-table';

/** Every revision of a document, newest first, with the content hash each signature is bound to. */
export function RevisionsTable({ number, revisions }: { number: string; revisions: Revision[] }) {
  const newestFirst = [...revisions].reverse();
  // Every document has a revision; none listed means the core kept back drafts and revisions in review
  // from someone who reads only what is in force.
  if (revisions.length === 0)
    return (
      <p className="notice" role="note" aria-label="Nothing in force">
        No revision of {number} is in force yet. Drafts and revisions in review are shown only to the people who work on the document.
      </p>
    );
  return (
    <DataTable columns={['Rev', 'State', 'Author', 'File', 'SHA-256', 'Change summary', 'Created', 'Effective']}>
      {newestFirst.map((r) => {
        const href = contentDownloadUrl(number, r.label);
        return (
          <tr key={r.id}>
            <td className="mono strong">
              {r.label}{' '}
              <a href={routeHref({ screen: 'viewer', number, label: r.label })} className="small" title={`View ${number} ${r.label}`}>
                View
              </a>
            </td>
            <td>
              <StateBadge state={r.state} effectiveDate={r.effectiveDate} />
            </td>
            <td className="nowrap" title={r.author.username}>{r.author.fullName}</td>
            <td>
              {href ? (
                <a href={href} download={r.fileName}>
                  {r.fileName}
                </a>
              ) : (
                r.fileName
              )}
              <span className="muted small"> · {fileSize(r.size)}</span>
            </td>
            <td className="mono small" title={r.sha256}>
              {shortHash(r.sha256)}
              {r.rendition && (
                <>
                  <br />
                  <span title={`${r.rendition.fileName}, ${r.rendition.pages} page(s): ${r.rendition.sha256}`}>PDF {shortHash(r.rendition.sha256)}</span>
                </>
              )}
            </td>
            <td className="pre-line">{r.changeSummary ?? <span className="muted">—</span>}</td>
            <td className="nowrap small">{localTime(r.createdAt)}</td>
            <td className="nowrap">{r.effectiveDate ?? '—'}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
