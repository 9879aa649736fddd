import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { roles, type Role } from '../../../shared/roles';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';
import { todayIsoDate } from '../../components/format';

const assignableRoles = roles.filter((r) => r !== 'admin');

/**
 * Assigns the effective revision for read-and-understood to named people and to everyone holding the
 * chosen roles, with an optional due date; says who was newly assigned (the core skips those already assigned).
 */
export function AssignTrainingDialog({ document: d, onAssigned, onClose }: { document: DocumentDetail; onAssigned: () => void; onClose: () => void }) {
  const effective = d.revisions.findLast((r) => r.state === 'effective');
  const [chosenRoles, setChosenRoles] = useState<Role[]>([]);
  const [users, setUsers] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<string[] | null>(null);

  const submit = async () => {
    if (assigned) {
      onClose();
      return;
    }
    const names = users.split(/[\s,;]+/).filter(Boolean);
    if (names.length === 0 && chosenRoles.length === 0) {
      setError('Choose at least one role or name one person.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('training.assign', { number: d.number, users: names, roles: chosenRoles, ...(dueDate ? { dueDate } : {}) });
      setAssigned(result.assigned);
      onAssigned();
    } catch (e) {
      setError(errorSentence(e));
    }
    setBusy(false);
  };
  const toggle = (role: Role) => setChosenRoles((list) => (list.includes(role) ? list.filter((r) => r !== role) : [...list, role]));

  return (
    <ModalDialog title={`Assign training on ${d.number} revision ${effective?.label ?? ''}`} submitLabel={assigned ? 'Close' : 'Assign'} busy={busy} onClose={onClose} onSubmit={submit}>
      <p className="muted">Each person signs that they read and understood the effective revision. When the next revision becomes effective, open assignments carry over to it.</p>
      <fieldset className="field">
        <legend>Everyone holding these roles</legend>
        {assignableRoles.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={chosenRoles.includes(role)} onChange={() => toggle(role)} disabled={assigned !== null} /> {role}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>And these people (user names, separated by commas)</span>
        <input type="text" value={users} onChange={(e) => setUsers(e.target.value)} disabled={assigned !== null} />
      </label>
      <label className="field">
        <span>Due date (optional)</span>
        <input type="date" value={dueDate} min={todayIsoDate()} onChange={(e) => setDueDate(e.target.value)} disabled={assigned !== null} />
      </label>
      {assigned && (
        <p className="success" role="status">
          {assigned.length === 0 ? 'Everyone named was already assigned.' : `Assigned to ${assigned.join(', ')}.`}
        </p>
      )}
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
