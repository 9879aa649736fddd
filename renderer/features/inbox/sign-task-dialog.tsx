import type { z } from 'zod';
import type { inboxTaskSchema } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { SignatureDialog, type SignatureSubject } from '../../components/signature-dialog';
import { TrainingQuizPanel } from '../training/training-quiz-panel';

export type InboxTask = z.infer<typeof inboxTaskSchema>;
/** The tasks signed in this dialog (a rejected draft or a release is worked on the document page). */
export type SignableTask = InboxTask & { kind: SignableKind };
type SignableKind = 'review' | 'approval' | 'read-and-understood' | 'withdrawal';

const acts: Record<SignableKind, { statement: string; meaning: string; submit: string; comment: 'optional' | 'none' }> = {
  review: { statement: 'have reviewed', meaning: 'Reviewed', submit: 'Sign as reviewed', comment: 'optional' },
  approval: { statement: 'approve', meaning: 'Approved', submit: 'Sign as approved', comment: 'optional' },
  'read-and-understood': { statement: 'have read and understood', meaning: 'Read and understood', submit: 'Sign as read and understood', comment: 'none' },
  withdrawal: { statement: 'approve the withdrawal (obsolescence) of', meaning: 'Withdrawn', submit: 'Sign the withdrawal', comment: 'optional' },
};

/** Signs one inbox task — review, approval, acknowledgement or withdrawal — with the password asked again. */
export function SignTaskDialog({ task, sha256, onSigned, onClose }: { task: SignableTask; sha256: string | null; onSigned: () => void; onClose: () => void }) {
  const { user } = useSession();
  const act = acts[task.kind];
  const subject: SignatureSubject = { statement: act.statement, meaning: act.meaning, document: task.document, title: task.title, revision: task.revision, sha256 };
  const sign = async (password: string, comment: string | undefined) => {
    const number = task.document;
    if (task.kind === 'review' || task.kind === 'approval') {
      await call('revisions.sign', { number, meaning: task.kind === 'review' ? 'reviewed' : 'approved', password, comment });
    } else if (task.kind === 'read-and-understood') {
      await call('training.acknowledge', { number, password });
    } else {
      await call('documents.approveWithdrawal', { number, password, comment });
    }
    onSigned();
  };
  return (
    <SignatureDialog subject={subject} signerName={user.fullName} signerUsername={user.username} comment={act.comment} submitLabel={act.submit} onSign={sign} onClose={onClose} viewer={{ number: task.document, label: task.revision }}>
      {task.kind === 'withdrawal' && <WithdrawalRequestFacts task={task} />}
      {task.kind === 'read-and-understood' && <TrainingQuizPanel number={task.document} />}
    </SignatureDialog>
  );
}

/** What the approver of a withdrawal must see before signing: why it was asked for, and by whom. */
function WithdrawalRequestFacts({ task }: { task: InboxTask }) {
  return (
    <dl className="signature-facts" data-testid="withdrawal-request">
      <dt>Reason for withdrawal</dt>
      <dd>{task.reason ?? '—'}</dd>
      <dt>Requested by</dt>
      <dd>{task.by ? `${task.by.fullName} (${task.by.username})` : '—'}</dd>
    </dl>
  );
}
