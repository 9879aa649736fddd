import { useState } from 'react';
import { call, errorSentence } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { CommentDialog } from '../../components/comment-dialog';
import { ErrorMessage } from '../../components/error-message';
import { DocumentViewer } from '../viewer/document-viewer';
import { SignTaskDialog, type InboxTask, type SignableTask } from './sign-task-dialog';
import { LinkedChangeActs } from '../dcr/linked-change-acts';
import { DataTable } from '../../components/data-table';

export const taskKindLabels: Record<InboxTask['kind'], string> = {
  review: 'Review',
  approval: 'Approval',
  'read-and-understood': 'Read and understood',
  withdrawal: 'Withdrawal',
  rejected: 'Rejected — revise',
  release: 'Release',
  'change-request': 'Change request — decide',
  'linked-change': 'Linked document changed — check yours',
};

const signLabels: Record<SignableTask['kind'], string> = { review: 'Review and sign…', approval: 'Approve…', 'read-and-understood': 'Acknowledge…', withdrawal: 'Approve withdrawal…' };
const isSignable = (task: InboxTask): task is SignableTask => task.kind in signLabels;

type Open = { mode: 'sign'; task: SignableTask; sha256: string | null } | { mode: 'reject'; task: InboxTask } | null;

/** The user's tasks, each with the act that settles it: signed here, or opened where the work is done. */
export function TaskTable({ tasks, onDone }: { tasks: InboxTask[]; onDone: (message: string) => void }) {
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);

  const startSigning = async (task: SignableTask) => {
    setError(null);
    try {
      // The content hash the signature will be bound to, shown in the dialog before signing.
      const document = await call('documents.get', { number: task.document });
      const revision = document.revisions.find((r) => r.label === task.revision);
      setOpen({ mode: 'sign', task, sha256: task.sha256 ?? revision?.sha256 ?? null });
    } catch (e) {
      setError(errorSentence(e));
    }
  };

  return (
    <>
      <ErrorMessage message={error} />
      <DataTable columns={['Task', 'Document', 'Title', 'Revision', 'Due']} actions className="inbox-table">
        {tasks.map((task) => (
          <tr key={`${task.kind}-${task.document}-${task.revision}-${task.changeRequest ?? task.changed ?? ''}`} className={task.overdue ? 'overdue' : undefined}>
            <td>
              {taskKindLabels[task.kind]}
              {task.reason && (
                <p className="task-reason small">
                  “{task.reason}”{task.by && <span className="muted"> — {task.by.fullName}</span>}
                </p>
              )}
            </td>
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
              <TaskActs task={task} onSign={startSigning} onReject={() => setOpen({ mode: 'reject', task })} onDone={onDone} />
            </td>
          </tr>
        ))}
      </DataTable>
      {open?.mode === 'sign' && (
        <SignTaskDialog task={open.task} sha256={open.sha256} onClose={() => setOpen(null)} onSigned={() => onDone(`Signed: ${open.task.document} revision ${open.task.revision} (${taskKindLabels[open.task.kind].toLowerCase()}).`)} />
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
            onDone(`Rejected: ${open.task.document} revision ${open.task.revision} went back to its author.`);
          }}
        />
      )}
    </>
  );
}

function TaskActs({ task, onSign, onReject, onDone }: { task: InboxTask; onSign: (task: SignableTask) => void; onReject: () => void; onDone: (message: string) => void }) {
  const documentHref = routeHref({ screen: 'document', number: task.document });
  if (task.kind === 'change-request') return <a className="button primary" href={routeHref({ screen: 'dcrs', status: 'open' })}>Decide {task.changeRequest}…</a>;
  if (task.kind === 'linked-change') return <LinkedChangeActs task={task} onDone={onDone} />;
  if (task.kind === 'rejected') return <a className="button primary" href={documentHref}>Revise the draft…</a>;
  if (task.kind === 'release') {
    return task.actionable ? <a className="button primary" href={documentHref}>Release…</a> : <span className="badge badge-released">Released — effective {task.effectiveDate}</span>;
  }
  if (!task.actionable) return <span className="muted">{task.kind === 'withdrawal' ? 'You requested it; another approver decides' : 'Waiting for an earlier signer'}</span>;
  if (!isSignable(task)) return null;
  return (
    <>
      <button type="button" className="primary" onClick={() => onSign(task)} aria-label={`Sign ${taskKindLabels[task.kind].toLowerCase()} of ${task.document} ${task.revision}`}>
        {signLabels[task.kind]}
      </button>
      {(task.kind === 'review' || task.kind === 'approval') && (
        <button type="button" className="danger-outline" onClick={onReject} aria-label={`Reject ${task.document} ${task.revision}`}>
          Reject…
        </button>
      )}
    </>
  );
}
