import { useState } from 'react';
import type { z } from 'zod';
import type { dueReviewSchema } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { SignatureDialog } from '../../components/signature-dialog';
import { useLoad } from '../../components/use-load';
import { DataTable } from '../../components/data-table';

type DueReview = z.infer<typeof dueReviewSchema>;
type Open = { review: DueReview; outcome: 'no-change' | 'revise'; sha256: string | null } | null;

/**
 * Periodic reviews due within 30 days or overdue. The owner or a controller completes each, signed:
 * "no change needed" moves the next review on; "revise" also starts the next draft from the effective text.
 */
export function ReviewsScreen() {
  const session = useSession();
  const reviews = useLoad(() => call('reviews.due', { withinDays: 30 }), []);
  const [open, setOpen] = useState<Open>(null);
  const [change, setChange] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayComplete = (r: DueReview) => r.owner === session.user.username || session.can('documents.edit');

  const start = async (review: DueReview, outcome: 'no-change' | 'revise') => {
    setError(null);
    setChange('');
    const document = await call('documents.get', { number: review.document }).catch(() => null);
    setOpen({ review, outcome, sha256: document?.revisions.find((r) => r.label === review.revision)?.sha256 ?? null });
  };

  return (
    <section aria-labelledby="reviews-title">
      <div className="page-head">
        <h1 id="reviews-title">Periodic reviews</h1>
        <span className="muted">due within 30 days, or overdue</span>
      </div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorMessage message={reviews.error ?? error} />
      {reviews.data && reviews.data.length === 0 && <p className="empty">No periodic review is due.</p>}
      {reviews.data && reviews.data.length > 0 && (
        <DataTable columns={['Document', 'Title', 'Revision', 'Owner', 'Next review']} actions label="Periodic reviews due">
          {reviews.data.map((r) => (
            <tr key={r.document} className={r.overdue ? 'overdue' : undefined}>
              <td className="mono">
                <a href={routeHref({ screen: 'document', number: r.document })}>{r.document}</a>
              </td>
              <td>{r.title}</td>
              <td className="mono">{r.revision}</td>
              <td>{r.owner}</td>
              <td>
                {r.nextReviewDate} {r.overdue && <span className="badge badge-rejected">Overdue</span>}
              </td>
              <td className="actions">
                {mayComplete(r) && (
                  <>
                    <button type="button" className="primary" onClick={() => start(r, 'no-change')} aria-label={`No change needed: ${r.document}`}>
                      No change needed…
                    </button>
                    <button type="button" onClick={() => start(r, 'revise')} aria-label={`Revise ${r.document}`}>
                      Revise…
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {open && (
        <SignatureDialog
          subject={{
            statement: open.outcome === 'revise' ? 'have reviewed, and start a revision of,' : 'have reviewed, and find no change needed in,',
            meaning: 'Periodic review',
            document: open.review.document,
            title: open.review.title,
            revision: open.review.revision,
            sha256: open.sha256,
          }}
          signerName={session.user.fullName}
          signerUsername={session.user.username}
          comment={open.outcome === 'revise' ? 'none' : 'optional'}
          submitLabel="Sign the periodic review"
          viewer={{ number: open.review.document, label: open.review.revision }}
          onClose={() => setOpen(null)}
          onSign={async (password, comment) => {
            const result = await call('reviews.complete', { number: open.review.document, password, outcome: open.outcome, comment: open.outcome === 'revise' ? change : comment });
            setDone(result.draft ? `Reviewed: ${open.review.document}; draft ${result.draft} started. Next review ${result.nextReviewDate}.` : `Reviewed: ${open.review.document}, no change needed. Next review ${result.nextReviewDate}.`);
            reviews.reload();
          }}
        >
          {open.outcome === 'revise' && (
            <label className="field">
              <span>What must change (the new draft’s change summary)</span>
              <textarea rows={3} value={change} onChange={(e) => setChange(e.target.value)} maxLength={4000} required />
            </label>
          )}
        </SignatureDialog>
      )}
    </section>
  );
}
