import { useState } from 'react';
import type { DocumentDetail, Revision, Route } from '../../../shared/contract';
import { call, stageFile } from '../../api';
import { useSession } from '../../app/session-context';
import { CommentDialog } from '../../components/comment-dialog';
import { todayIsoDate } from '../../components/format';
import { SignatureDialog } from '../../components/signature-dialog';
import { SignTaskDialog } from '../inbox/sign-task-dialog';
import { NewDraftDialog } from './new-draft-dialog';
import { PrintDialog } from './print-dialog';
import { SubmitDialog } from './submit-dialog';

type Open = 'print' | 'draft' | 'submit' | 'release' | 'cancel' | 'withdraw' | 'sign' | 'reject' | null;
const inWorkflow = new Set(['draft', 'in_review', 'in_approval', 'approved']);

/** The acts the user's roles allow on this document now; the core still decides each one. */
export function DocumentActions({ document: d, latest, route, onChanged }: { document: DocumentDetail; latest: Revision | null; route: Route | null; onChanged: () => void }) {
  const session = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayIsoDate());
  const active = d.status === 'active';
  const stage = route?.state === 'open' ? (route.revisionState === 'in_review' ? 'review' : route.revisionState === 'in_approval' ? 'approval' : null) : null;
  const myTask = stage ? route?.tasks.find((t) => t.stage === stage && t.state === 'pending' && t.assignee.username === session.user.username) : undefined;
  const done = () => {
    onChanged();
    session.refreshInbox();
  };
  const close = () => setOpen(null);

  return (
    <div className="document-actions" role="group" aria-label="Document actions">
      {myTask && latest && (
        <>
          <button type="button" className="primary" onClick={() => setOpen('sign')}>
            {stage === 'review' ? 'Review and sign…' : 'Approve…'}
          </button>
          <button type="button" className="danger-outline" onClick={() => setOpen('reject')}>
            Reject…
          </button>
        </>
      )}
      {active && session.can('revisions.submit') && latest?.state === 'draft' && (
        <button type="button" className="primary" onClick={() => setOpen('submit')}>
          Submit for review…
        </button>
      )}
      {active && session.can('revisions.release') && latest?.state === 'approved' && (
        <button type="button" className="primary" onClick={() => setOpen('release')}>
          Release…
        </button>
      )}
      {active && session.can('revisions.draft') && (!latest || !inWorkflow.has(latest.state)) && (
        <button type="button" onClick={() => setOpen('draft')}>
          New draft…
        </button>
      )}
      {active && session.can('revisions.draft') && (latest?.state === 'draft' || latest?.state === 'in_review') && (
        <button type="button" onClick={() => setOpen('cancel')}>
          Cancel revision…
        </button>
      )}
      {session.can('prints.uncontrolled') && d.revisions.length > 0 && (
        <button type="button" onClick={() => setOpen('print')}>
          Print…
        </button>
      )}
      {active && session.can('documents.withdraw') && (
        <button type="button" className="danger-outline" onClick={() => setOpen('withdraw')}>
          Withdraw…
        </button>
      )}

      {open === 'sign' && latest && stage && (
        <SignTaskDialog
          task={{ kind: stage, document: d.number, title: d.title, revision: latest.label, dueDate: null, overdue: false, actionable: true }}
          sha256={route?.contentSha256 ?? latest.sha256}
          onSigned={done}
          onClose={close}
        />
      )}
      {open === 'reject' && latest && (
        <CommentDialog
          title={`Reject ${d.number} revision ${latest.label}`}
          intro="The revision goes back to its author as a draft. Say what must change."
          label="Reason for rejection"
          submitLabel="Reject"
          danger
          onClose={close}
          onSubmit={async (comment) => {
            await call('revisions.reject', { number: d.number, comment });
            done();
          }}
        />
      )}
      {open === 'print' && <PrintDialog document={d} onPrinted={onChanged} onClose={close} />}
      {open === 'submit' && latest && <SubmitDialog document={d} revision={latest} onSubmitted={done} onClose={close} />}
      {open === 'draft' && (
        <NewDraftDialog
          document={d}
          onClose={close}
          onCreate={async (file, changeSummary) => {
            const staged = await stageFile(file);
            await call('revisions.createDraft', { number: d.number, file: staged, changeSummary });
            done();
          }}
        />
      )}
      {open === 'release' && latest && (
        <SignatureDialog
          subject={{ statement: 'release', meaning: 'Released', document: d.number, title: d.title, revision: latest.label, sha256: latest.sha256 }}
          signerName={session.user.fullName}
          signerUsername={session.user.username}
          comment="optional"
          submitLabel="Sign the release"
          onClose={close}
          onSign={async (password, comment) => {
            await call('revisions.release', { number: d.number, effectiveDate, password, comment });
            done();
          }}
        >
          <label className="field">
            <span>Effective date (today or later; the previous revision is superseded then)</span>
            <input type="date" value={effectiveDate} min={todayIsoDate()} onChange={(e) => setEffectiveDate(e.target.value)} required />
          </label>
        </SignatureDialog>
      )}
      {open === 'cancel' && latest && (
        <CommentDialog
          title={`Cancel ${d.number} revision ${latest.label}`}
          intro="The revision is cancelled and stays in the history; nobody can sign it any more."
          label="Reason"
          submitLabel="Cancel the revision"
          danger
          onClose={close}
          onSubmit={async (reason) => {
            await call('revisions.cancel', { number: d.number, reason });
            done();
          }}
        />
      )}
      {open === 'withdraw' && (
        <CommentDialog
          title={`Withdraw ${d.number}`}
          intro="Request that this document be withdrawn from use (made obsolete). An approver must sign the withdrawal before it takes effect."
          label="Reason for withdrawal"
          submitLabel="Request withdrawal"
          danger
          onClose={close}
          onSubmit={async (reason) => {
            await call('documents.requestWithdrawal', { number: d.number, reason });
            done();
          }}
        />
      )}
    </div>
  );
}
