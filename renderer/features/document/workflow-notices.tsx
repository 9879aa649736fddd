import type { DocumentDetail } from '../../../shared/contract';
import { localTime } from '../../components/format';

/** What is pending on the document beside its revisions: the rejection its draft answers, a withdrawal waiting for an approver. */
export function WorkflowNotices({ document: d }: { document: DocumentDetail }) {
  return (
    <>
      {d.rejection && (
        <section className="workflow-notice" role="note" aria-label="Rejection">
          <p>
            <strong>Revision {d.rejection.revision} was rejected</strong> by {d.rejection.by.fullName} ({d.rejection.by.username}) on {localTime(d.rejection.at)}.
          </p>
          <p>
            Reason: <q>{d.rejection.reason}</q>
          </p>
          <p className="muted">Draft {d.rejection.draft} carries the same content: replace its file if needed, then submit it again.</p>
        </section>
      )}
      {d.pendingWithdrawal && (
        <section className="workflow-notice" role="note" aria-label="Withdrawal pending">
          <p>
            <strong>Withdrawal pending:</strong> requested by {d.pendingWithdrawal.by.fullName} ({d.pendingWithdrawal.by.username}) on {localTime(d.pendingWithdrawal.at)}; waiting for an approver’s signature.
          </p>
          <p>
            Reason: <q>{d.pendingWithdrawal.reason}</q>
          </p>
        </section>
      )}
    </>
  );
}
