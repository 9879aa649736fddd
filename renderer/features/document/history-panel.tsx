import { useId, useState } from 'react';
import type { HistoryEntry } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { localTime } from '../../components/format';
import { useLoad } from '../../components/use-load';

const documentLevel = '—document—';
/** A revision and its drafts belong together: A.1 and A.2 are drafts of A. */
const familyOf = (label: string) => label.split('.')[0]!;

/** The document's whole life on one time line (documents.history), oldest first, filterable by revision. */
export function HistoryPanel({ number }: { number: string }) {
  const history = useLoad(() => call('documents.history', { number }), [number]);
  const [revision, setRevision] = useState('');
  const id = useId();
  if (!history.data) return history.error ? <ErrorMessage message={history.error} /> : <p className="muted">Loading the history…</p>;
  const entries: HistoryEntry[] = [...history.data].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const revisions = [...new Set(entries.map((e) => e.revision).filter((r): r is string => r !== null).map(familyOf))];
  const shown = revision === '' ? entries : entries.filter((e) => (revision === documentLevel ? e.revision === null : e.revision !== null && familyOf(e.revision) === revision));
  return (
    <div className="history-panel">
      <div className="toolbar">
        <label className="field inline" htmlFor={`${id}-revision`}>
          <span>Revision</span>
          <select id={`${id}-revision`} value={revision} onChange={(e) => setRevision(e.target.value)}>
            <option value="">All revisions</option>
            {revisions.map((r) => (
              <option key={r} value={r}>
                {r} and its drafts
              </option>
            ))}
            <option value={documentLevel}>The document itself</option>
          </select>
        </label>
        <span className="muted">
          {shown.length} of {entries.length} entries, oldest first
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="empty">Nothing recorded for this revision.</p>
      ) : (
        <ol className="timeline" aria-label="History">
          {shown.map((e) => (
            <li key={e.id} className="timeline-entry">
              <time className="timeline-when mono" dateTime={e.at} title={`${e.at} (UTC, as recorded)`}>
                {localTime(e.at)}
              </time>
              <span className="timeline-rev">{e.revision ? <span className="rev-badge mono">{e.revision}</span> : <span className="muted small">document</span>}</span>
              <div className="timeline-what">
                {/* The audit trail's own sentence for the event (the same table as the vault-wide trail). */}
                <p className="timeline-description" title={e.action}>
                  {e.sentence}
                </p>
                {e.reason && (
                  <p className="timeline-reason">
                    <span className="muted">Reason:</span> {e.reason}
                  </p>
                )}
              </div>
              <span className="timeline-who">
                {e.user ?? <span className="muted">system</span>}
                <span className="muted small"> · {e.workstation}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
