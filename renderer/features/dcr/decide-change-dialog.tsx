import { useState } from 'react';
import type { ChangeRequest } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { SignatureDialog } from '../../components/signature-dialog';
import { useLoad } from '../../components/use-load';

/**
 * Accept or reject a change request with an electronic signature (the password again): accepting starts
 * the next draft of the document, or joins the revision already under way.
 */
export function DecideChangeDialog({ request, onClose, onDecided }: { request: ChangeRequest; onClose: () => void; onDecided: (message: string) => void }) {
  const session = useSession();
  const [decision, setDecision] = useState<'accept' | 'reject'>('accept');
  const [comment, setComment] = useState('');
  const document = useLoad(() => call('documents.get', { number: request.document }), [request.document]);
  const against = document.data?.revisions.find((r) => r.label === request.against);
  return (
    <SignatureDialog
      subject={{
        statement: decision === 'accept' ? `accept ${request.number} on` : `reject ${request.number} on`,
        meaning: decision === 'accept' ? 'change-accepted' : 'change-rejected',
        document: request.document,
        title: request.title,
        revision: request.against,
        sha256: against?.sha256 ?? null,
      }}
      signerName={session.user.fullName}
      signerUsername={session.user.username}
      comment="none"
      submitLabel={decision === 'accept' ? 'Accept and sign' : 'Reject and sign'}
      onClose={onClose}
      onSign={async (password) => {
        const result = await call('changeRequests.decide', { dcr: request.number, decision, comment, password });
        onDecided(decision === 'accept' ? `${request.number} accepted${result.draft ? `: draft ${result.draft} carries it out` : ''}.` : `${request.number} rejected.`);
      }}
    >
      <p className="task-reason">
        “{request.reason}” <span className="muted">— {request.requestedBy.fullName}</span>
      </p>
      {request.proposal && <p className="small">Proposal: {request.proposal}</p>}
      <fieldset className="picker">
        <legend>Decision</legend>
        <label className="check">
          <input type="radio" name="dcr-decision" checked={decision === 'accept'} onChange={() => setDecision('accept')} /> Accept: the next revision carries it out
        </label>
        <label className="check">
          <input type="radio" name="dcr-decision" checked={decision === 'reject'} onChange={() => setDecision('reject')} /> Reject
        </label>
      </fieldset>
      <label className="field">
        <span>Comment (required)</span>
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} aria-required="true" />
      </label>
    </SignatureDialog>
  );
}
