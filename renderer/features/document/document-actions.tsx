import { useState } from 'react';
import type { DocumentDetail, RevisionWithActs, Route } from '../../../shared/contract';
import type { RevisionAct } from '../../../shared/lifecycle';
import { call, stageFile } from '../../api';
import { useSession } from '../../app/session-context';
import { CommentDialog } from '../../components/comment-dialog';
import { todayIsoDate } from '../../components/format';
import { SignatureDialog } from '../../components/signature-dialog';
import { SignTaskDialog } from '../inbox/sign-task-dialog';
import { AssignTrainingDialog } from './assign-training-dialog';
import { NewDraftDialog } from './new-draft-dialog';
import { PrintDialog } from './print-dialog';
import { SubmitDialog } from './submit-dialog';
import { DocumentViewer } from '../viewer/document-viewer';

type Open = 'print' | 'draft' | 'replace' | 'training' | 'submit' | 'release' | 'cancel' | 'withdraw' | 'sign' | 'reject' | null;

/**
 * The acts the core says the user may take now (documents.get lists them per revision, worked out from
 * the lifecycle table, the user's permissions and their tasks); no state rules here. The core still
 * decides each one when it is called.
 */
export function DocumentActions({ document: d, latest, route, onChanged }: { document: DocumentDetail; latest: RevisionWithActs | null; route: Route | null; onChanged: () => void }) {
  const session = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayIsoDate());
  const may = (act: RevisionAct) => latest?.acts.includes(act) ?? false;
  const stage = may('signReview') ? 'review' : may('signApproval') ? 'approval' : null;
  const done = () => {
    onChanged();
    session.refreshInbox();
  };
  const close = () => setOpen(null);

  return (
    <div className="document-actions" role="group" aria-label="Document actions">
      {stage && (
        <button type="button" className="primary" onClick={() => setOpen('sign')}>
          {stage === 'review' ? 'Review and sign…' : 'Approve…'}
        </button>
      )}
      {(may('rejectReview') || may('rejectApproval')) && (
        <button type="button" className="danger-outline" onClick={() => setOpen('reject')}>
          Reject…
        </button>
      )}
      {may('submit') && (
        <button type="button" className="primary" onClick={() => setOpen('submit')}>
          Submit for review…
        </button>
      )}
      {may('release') && (
        <button type="button" className="primary" onClick={() => setOpen('release')}>
          Release…
        </button>
      )}
      {may('replaceContent') && (
        <button type="button" onClick={() => setOpen('replace')}>
          Replace file…
        </button>
      )}
      {may('createDraft') && (
        <button type="button" onClick={() => setOpen('draft')}>
          New draft…
        </button>
      )}
      {may('cancel') && (
        <button type="button" onClick={() => setOpen('cancel')}>
          Cancel revision…
        </button>
      )}
      {d.revisions.some((r) => r.acts.includes('print')) && (
        <button type="button" onClick={() => setOpen('print')}>
          Print…
        </button>
      )}
      {session.can('training.assign') && d.status === 'active' && d.revisions.some((r) => r.state === 'effective') && (
        <button type="button" onClick={() => setOpen('training')}>
          Assign training…
        </button>
      )}
      {d.acts.includes('requestWithdrawal') && (
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
          aside={<DocumentViewer number={d.number} label={latest.label} compact />}
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
          onCreate={async (file, changeSummary, rendition) => {
            const staged = await stageFile(file);
            await call('revisions.createDraft', { number: d.number, file: staged, rendition: rendition ? await stageFile(rendition) : undefined, changeSummary });
            done();
          }}
        />
      )}
      {open === 'replace' && latest && (
        <NewDraftDialog
          document={d}
          wording={{ title: `Replace the file of ${d.number} draft ${latest.label}`, submitLabel: 'Replace the file', summaryLabel: 'Change summary (leave empty to keep the draft’s)' }}
          onClose={close}
          onCreate={async (file, changeSummary) => {
            const staged = await stageFile(file);
            await call('revisions.replaceContent', { number: d.number, file: staged, changeSummary });
            done();
          }}
        />
      )}
      {open === 'training' && <AssignTrainingDialog document={d} onAssigned={onChanged} onClose={close} />}
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
