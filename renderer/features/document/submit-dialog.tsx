import { useEffect, useState } from 'react';
import type { DocumentDetail, Revision, UserSummary } from '../../../shared/contract';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { todayIsoDate } from '../../components/format';
import { ModalDialog } from '../../components/modal-dialog';

/** Freezes the draft and routes it: pick reviewers and approvers (the type's default route preselected). */
export function SubmitDialog({ document: d, revision, onSubmitted, onClose }: { document: DocumentDetail; revision: Revision; onSubmitted: () => void; onClose: () => void }) {
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [reviewers, setReviewers] = useState<string[]>([]);
  const [approvers, setApprovers] = useState<string[]>([]);
  const [sequential, setSequential] = useState(false);
  const [reviewDueDate, setReviewDueDate] = useState('');
  const [approvalDueDate, setApprovalDueDate] = useState('');
  // From the second revision on, the change record is stated here (the core refuses the submission without it).
  const needsChangeRecord = d.revisions.some((r) => r.effectiveDate !== null && r.label !== revision.label && !r.label.startsWith(`${revision.label.split('.')[0]}.`));
  const [changeSummary, setChangeSummary] = useState(revision.changeSummary ?? '');
  const [impact, setImpact] = useState({ trainingNeeded: false, linkedDocumentsAffected: false, validationNeeded: false });
  const [impactNote, setImpactNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('users.list', {}), call('routeTemplates.list', {})]).then(
      ([all, templates]) => {
        setUsers(all.filter((u) => !u.disabled));
        const template = templates.find((t) => t.type === d.type);
        if (template) {
          setReviewers(template.reviewers);
          setApprovers(template.approvers);
          setSequential(template.approvalMode === 'sequential');
        }
      },
      (e: unknown) => setError(errorSentence(e)),
    );
  }, [d.type]);

  const toggle = (list: string[], set: (v: string[]) => void, username: string) => set(list.includes(username) ? list.filter((u) => u !== username) : [...list, username]);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('revisions.submit', {
        number: d.number,
        reviewers,
        approvers,
        approvalMode: sequential ? 'sequential' : 'parallel',
        reviewDueDate: reviewDueDate || undefined,
        approvalDueDate: approvalDueDate || undefined,
        ...(needsChangeRecord ? { changeSummary, impact: { ...impact, ...(impactNote.trim() ? { note: impactNote } : {}) } } : {}),
      });
      onSubmitted();
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };
  const picker = (legend: string, role: 'reviewer' | 'approver', chosen: string[], set: (v: string[]) => void) => (
    <fieldset className="picker">
      <legend>{legend}</legend>
      {users.filter((u) => u.roles.includes(role)).length === 0 && <p className="muted small">No active user holds the {role} role.</p>}
      {users
        .filter((u) => u.roles.includes(role))
        .map((u) => (
          <label key={u.username} className="check">
            <input type="checkbox" checked={chosen.includes(u.username)} onChange={() => toggle(chosen, set, u.username)} />
            {u.fullName} <span className="muted">({u.username})</span>
            {chosen.includes(u.username) && role === 'approver' && sequential && <span className="order">#{chosen.indexOf(u.username) + 1}</span>}
          </label>
        ))}
    </fieldset>
  );
  return (
    <ModalDialog title={`Submit ${d.number} revision ${revision.label} for review`} submitLabel="Submit" busy={busy} onClose={onClose} onSubmit={submit} wide>
      <p className="muted">The content is frozen from now on: what reviewers see is what approvers sign. SHA-256 <span className="mono small">{revision.sha256}</span></p>
      <div className="picker-row">
        {picker('Reviewers', 'reviewer', reviewers, setReviewers)}
        {picker('Approvers', 'approver', approvers, setApprovers)}
      </div>
      <label className="check">
        <input type="checkbox" checked={sequential} onChange={(e) => setSequential(e.target.checked)} />
        Sequential approval (approvers sign in the order ticked)
      </label>
      <div className="picker-row">
        <label className="field">
          <span>Review due (optional)</span>
          <input type="date" value={reviewDueDate} min={todayIsoDate()} onChange={(e) => setReviewDueDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Approval due (optional)</span>
          <input type="date" value={approvalDueDate} min={todayIsoDate()} onChange={(e) => setApprovalDueDate(e.target.value)} />
        </label>
      </div>
      {needsChangeRecord && (
        <fieldset className="picker change-record-fields">
          <legend>Change record</legend>
          <label className="field">
            <span>Change summary (required)</span>
            <textarea rows={2} value={changeSummary} onChange={(e) => setChangeSummary(e.target.value)} maxLength={4000} aria-required="true" />
          </label>
          <p className="small">Impact assessment: tick what this change affects.</p>
          <label className="check">
            <input type="checkbox" checked={impact.trainingNeeded} onChange={(e) => setImpact({ ...impact, trainingNeeded: e.target.checked })} /> Training needed
          </label>
          <label className="check">
            <input type="checkbox" checked={impact.linkedDocumentsAffected} onChange={(e) => setImpact({ ...impact, linkedDocumentsAffected: e.target.checked })} /> Linked documents affected
          </label>
          <label className="check">
            <input type="checkbox" checked={impact.validationNeeded} onChange={(e) => setImpact({ ...impact, validationNeeded: e.target.checked })} /> Validation needed
          </label>
          <label className="field">
            <span>Impact note (optional)</span>
            <textarea rows={2} value={impactNote} onChange={(e) => setImpactNote(e.target.value)} maxLength={4000} />
          </label>
        </fieldset>
      )}
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
