import type { ControlledCopy } from '../../../shared/contract';
import { actStates } from '../../../shared/lifecycle';
import { routeHref } from '../../app/use-hash-route';
import { localTime } from '../../components/format';

const statusLabels: Record<ControlledCopy['status'], string> = { issued: 'Issued', due_for_recall: 'Due for recall', returned: 'Returned', destroyed: 'Destroyed' };

interface CopiesTableProps {
  copies: ControlledCopy[];
  showDocument?: boolean;
  /** Adds a "Record recall…" button for copies still out. */
  onRecall?: (copy: ControlledCopy) => void;
  /** Adds a "Reprint…" button for issued copies of the effective revision. */
  onReprint?: (copy: ControlledCopy) => void;
}

/** Controlled copies with their status and how often each was printed. */
export function CopiesTable({ copies, showDocument, onRecall, onReprint }: CopiesTableProps) {
  const withActions = Boolean(onRecall || onReprint);
  return (
    <table className="data-table copies-table" aria-label="Controlled copies">
      <thead>
        <tr>
          {showDocument && <th scope="col">Document</th>}
          <th scope="col">Copy No.</th>
          <th scope="col">Rev</th>
          <th scope="col">Copyholder</th>
          <th scope="col">Location</th>
          <th scope="col">Status</th>
          <th scope="col">Issued</th>
          <th scope="col">Recalled</th>
          <th scope="col">Prints</th>
          {withActions && (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {copies.map((c) => (
          <tr key={`${c.document}-${c.copyNumber}`}>
            {showDocument && (
              <td className="mono">
                <a href={routeHref({ screen: 'document', number: c.document })}>{c.document}</a>
              </td>
            )}
            <td className="mono strong">{c.copyNumber}</td>
            <td className="mono">{c.revision}</td>
            <td>{c.copyholder}</td>
            <td>{c.location || <span className="muted">—</span>}</td>
            <td>
              <span className={`badge copy-${c.status}`}>{statusLabels[c.status]}</span>
            </td>
            <td className="nowrap small">
              {localTime(c.issuedAt)} <span className="muted">by {c.issuedBy}</span>
            </td>
            <td className="nowrap small">{c.recalledAt ? `${localTime(c.recalledAt)} by ${c.recalledBy ?? '—'}` : '—'}</td>
            <td className="small" title={c.lastPrintedAt ? `last printed ${localTime(c.lastPrintedAt)}` : undefined}>
              {c.prints}
            </td>
            {withActions && (
              <td className="actions">
                {onReprint && c.status === 'issued' && actStates('printControlled').includes(c.revisionState) && (
                  <button type="button" onClick={() => onReprint(c)} aria-label={`Reprint copy No. ${c.copyNumber}`}>
                    Reprint…
                  </button>
                )}
                {onRecall && (c.status === 'issued' || c.status === 'due_for_recall') && (
                  <button type="button" className={c.status === 'due_for_recall' ? 'primary' : undefined} onClick={() => onRecall(c)} aria-label={`Record recall of copy No. ${c.copyNumber}`}>
                    Record recall…
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
