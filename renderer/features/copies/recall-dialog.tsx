import { useId, useState } from 'react';
import type { ControlledCopy } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { SignatureDialog } from '../../components/signature-dialog';

/** Recording a copy's return or destruction is a signed act (meaning: recalled), with the password every time. */
export function RecallDialog({ copy, onRecalled, onClose }: { copy: ControlledCopy; onRecalled: () => void; onClose: () => void }) {
  const session = useSession();
  const [status, setStatus] = useState<'returned' | 'destroyed'>('returned');
  const id = useId();
  return (
    <SignatureDialog
      subject={{
        statement: `record the ${status === 'returned' ? 'return' : 'destruction'} of controlled copy No. ${copy.copyNumber} of`,
        meaning: `Recalled (${status})`,
        document: copy.document,
        title: copy.title,
        revision: copy.revision,
        sha256: null,
      }}
      signerName={session.user.fullName}
      signerUsername={session.user.username}
      comment="optional"
      submitLabel="Sign the recall"
      onClose={onClose}
      onSign={async (password, comment) => {
        await call('copies.recall', { number: copy.document, copyNumber: copy.copyNumber, status, password, comment });
        onRecalled();
      }}
    >
      <p className="small">
        Copyholder <strong>{copy.copyholder}</strong>
        {copy.location ? ` · ${copy.location}` : ''} · issued {copy.issuedAt.slice(0, 10)}
      </p>
      <fieldset className="picker">
        <legend>What happened to the paper</legend>
        <label className="check">
          <input type="radio" name={`${id}-status`} checked={status === 'returned'} onChange={() => setStatus('returned')} /> Returned
        </label>
        <label className="check">
          <input type="radio" name={`${id}-status`} checked={status === 'destroyed'} onChange={() => setStatus('destroyed')} /> Destroyed
        </label>
      </fieldset>
    </SignatureDialog>
  );
}
