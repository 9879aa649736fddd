import { useState } from 'react';
import type { InboxTask } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { SignatureDialog } from '../../components/signature-dialog';
import { RequestChangeDialog } from './request-change-dialog';

/**
 * What closes a "linked document changed — check yours" task: a signed "no change needed" on your
 * document's effective revision, or a change request on it.
 */
export function LinkedChangeActs({ task, onDone }: { task: InboxTask; onDone: (message: string) => void }) {
  const session = useSession();
  const [open, setOpen] = useState<'no-change' | 'request' | null>(null);
  const [sha256, setSha256] = useState<string | null>(null);
  const startNoChange = async () => {
    const document = await call('documents.get', { number: task.document });
    setSha256(document.revisions.findLast((r) => r.state === 'effective')?.sha256 ?? null);
    setOpen('no-change');
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => void startNoChange()} aria-label={`No change needed to ${task.document}`}>
        No change needed…
      </button>
      <button type="button" onClick={() => setOpen('request')} aria-label={`Request a change to ${task.document}`}>
        Request a change…
      </button>
      {open === 'no-change' && (
        <SignatureDialog
          subject={{ statement: `confirm, after ${task.changed ?? 'a linked document'} changed, that no change is needed to`, meaning: 'no-change-needed', document: task.document, title: task.title, revision: 'in force', sha256 }}
          signerName={session.user.fullName}
          signerUsername={session.user.username}
          comment="optional"
          submitLabel="Sign"
          onClose={() => setOpen(null)}
          onSign={async (password, comment) => {
            await call('linkedChanges.noChangeNeeded', { number: task.document, changed: task.changed, password, comment });
            onDone(`${task.document}: no change needed (signed).`);
          }}
        />
      )}
      {open === 'request' && <RequestChangeDialog number={task.document} onClose={() => setOpen(null)} onRequested={(dcr) => onDone(`${dcr} raised on ${task.document}.`)} />}
    </>
  );
}
