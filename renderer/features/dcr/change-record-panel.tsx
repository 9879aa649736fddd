import type { ChangeRecord } from '../../../shared/contract';
import { changeImpactWords } from '../../../shared/change-impact-words';
import { localTime } from '../../components/format';

const signed = (list: ChangeRecord['reviewers']) => (list.length === 0 ? '—' : list.map((s) => `${s.printedName} (${localTime(s.signedAt)})`).join('; '));

/** A document's change record on its page: per revision, what changed and why, its impact, who signed, when in force. */
export function ChangeRecordPanel({ records }: { records: ChangeRecord[] }) {
  if (records.length === 0) return <p className="muted">No revisions yet.</p>;
  return (
    <table className="data-table change-record-table">
      <thead>
        <tr>
          <th scope="col">Revision</th>
          <th scope="col">Description of the change</th>
          <th scope="col">Change requests</th>
          <th scope="col">Impact</th>
          <th scope="col">Documents affected</th>
          <th scope="col">Reviewed by</th>
          <th scope="col">Approved by</th>
          <th scope="col">Effective</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.revision}>
            <td className="mono">{r.revision}</td>
            <td>{r.changeSummary ?? '—'}</td>
            <td>{r.changeRequests.length === 0 ? '—' : r.changeRequests.map((c) => <div key={c.number}><span className="mono">{c.number}</span> {c.reason}</div>)}</td>
            <td className="small">{changeImpactWords(r.impact)}</td>
            <td className="mono">{r.documentsAffected.join(', ') || '—'}</td>
            <td className="small">{signed(r.reviewers)}</td>
            <td className="small">{signed(r.approvers)}</td>
            <td>{r.effectiveDate ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
