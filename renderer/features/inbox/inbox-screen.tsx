import { useState } from 'react';
import { call, errorSentence } from '../../api';
import { useSession } from '../../app/session-context';
import { routeHref } from '../../app/use-hash-route';
import { CommentDialog } from '../../components/comment-dialog';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { DocumentViewer } from '../viewer/document-viewer';
import { SignTaskDialog, type InboxTask } from './sign-task-dialog';

const kindLabels: Record<InboxTask['kind'], string> = {
  review: 'Review',
  approval: 'Approval',
  'read-and-understood': 'Read and understood',
  withdrawal: 'Withdrawal',
};

type Open = { mode: 'sign'; task: InboxTask; sha256: string | null; viewLabel: string | null } | { mode: 'reject'; task: InboxTask } | null;

/** The user's inbox: what waits for their signature, oldest obligations first. */
export function InboxScreen() {
  const session = useSession();
  const tasks = useLoad(() => call('tasks.mine', {}), []);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const startSigning = async (task: InboxTask) => {
    setError(null);
    try {
      // The content hash the signature will be bound to, shown in the dialog before signing.
      const document = await call('documents.get', { number: task.document });
      // A withdrawal is about the revision in force, which the approver is shown.
      const revision = document.revisions.find((r) => r.label === task.revision) ?? (task.kind === 'withdrawal' ? document.revisions.findLast((r) => r.state === 'effective') : undefined);
      setOpen({ mode: 'sign', task, sha256: revision?.sha256 ?? null, viewLabel: revision?.label ?? null });
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  const finished = (message: string) => {
    setDone(message);
    tasks.reload();
    session.refreshInbox();
  };

  return (
    <section aria-labelledby="inbox-title">
      <div className="page-head">
        <h1 id="inbox-title">Inbox</h1>
        <span className="muted">{tasks.data ? `${tasks.data.length} task${tasks.data.length === 1 ? '' : 's'}` : 'Loading…'}</span>
      </div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorMessage message={tasks.error ?? error} />
      {tasks.data && tasks.data.length === 0 && <p className="empty">Nothing is waiting for you.</p>}
      {tasks.data && tasks.data.length > 0 && (
        <table className="data-table inbox-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Document</th>
              <th scope="col">Title</th>
              <th scope="col">Revision</th>
              <th scope="col">Due</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.data.map((task) => (
              <tr key={`${task.kind}-${task.document}-${task.revision}`} className={task.overdue ? 'overdue' : undefined}>
                <td>{kindLabels[task.kind]}</td>
                <td className="mono">
                  <a href={routeHref({ screen: 'document', number: task.document })}>{task.document}</a>
                </td>
                <td>{task.title}</td>
                <td className="mono">
                  {task.revision}
                  {task.revision && (
                    <>
                      {' '}
                      <a href={routeHref({ screen: 'viewer', number: task.document, label: task.revision })} title={`View ${task.document} ${task.revision}`}>
                        View
                      </a>
                    </>
                  )}
                </td>
                <td>
                  {task.dueDate ?? '—'}
                  {task.overdue && <span className="badge badge-rejected">Overdue</span>}
                </td>
                <td className="actions">
                  {task.actionable ? (
                    <>
                      <button type="button" className="primary" onClick={() => startSigning(task)} aria-label={`Sign ${kindLabels[task.kind].toLowerCase()} of ${task.document} ${task.revision}`}>
                        {task.kind === 'review' ? 'Review and sign…' : task.kind === 'approval' ? 'Approve…' : task.kind === 'read-and-understood' ? 'Acknowledge…' : 'Approve withdrawal…'}
                      </button>
                      {(task.kind === 'review' || task.kind === 'approval') && (
                        <button type="button" className="danger-outline" onClick={() => setOpen({ mode: 'reject', task })} aria-label={`Reject ${task.document} ${task.revision}`}>
                          Reject…
                        </button>
                      )}
                    </>
                  ) : (
                    <span className="muted">Waiting for an earlier signer</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.mode === 'sign' && (
        <SignTaskDialog task={open.task} sha256={open.sha256} viewLabel={open.viewLabel} onClose={() => setOpen(null)} onSigned={() => finished(`Signed: ${open.task.document} revision ${open.task.revision} (${kindLabels[open.task.kind].toLowerCase()}).`)} />
      )}
      {open?.mode === 'reject' && (
        <CommentDialog
          title={`Reject ${open.task.document} revision ${open.task.revision}`}
          intro="The revision goes back to its author as a draft. Say what must change; your comment is recorded in the audit trail."
          label="Reason for rejection"
          submitLabel="Reject"
          danger
          aside={<DocumentViewer number={open.task.document} label={open.task.revision} compact />}
          onClose={() => setOpen(null)}
          onSubmit={async (comment) => {
            await call('revisions.reject', { number: open.task.document, comment });
            finished(`Rejected: ${open.task.document} revision ${open.task.revision} went back to its author.`);
          }}
        />
      )}
    </section>
  );
}
