import { useState } from 'react';
import type { DocumentType } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from './done-notice';
import { useLoad } from '../../components/use-load';
import { ReasonDialog } from './reason-dialog';

type Editing = { mode: 'add' } | { mode: 'edit'; type: DocumentType };

function TypeDialog({ editing, onDone, onClose }: { editing: Editing; onDone: (message: string) => void; onClose: () => void }) {
  const start = editing.mode === 'edit' ? editing.type : null;
  const [code, setCode] = useState(start?.code ?? '');
  const [name, setName] = useState(start?.name ?? '');
  const [pattern, setPattern] = useState(start?.numberingPattern ?? '{TYPE}-{DEPT}-{SEQ:0000}');
  const [review, setReview] = useState(String(start?.reviewIntervalMonths ?? 24));
  const [retention, setRetention] = useState(String(start?.retentionYears ?? 10));
  const submit = async (reason: string) => {
    const values = { name, numberingPattern: pattern, reviewIntervalMonths: Number(review), retentionYears: Number(retention), reason };
    const saved = start ? await call('documentTypes.update', { code: start.code, ...values }) : await call('documentTypes.add', { code, ...values });
    return `${saved.code} (${saved.name}) is numbered ${saved.numberingPattern}.`;
  };
  return (
    <ReasonDialog title={start ? `Change the document type ${start.code}` : 'Add a document type'} submitLabel={start ? 'Save' : 'Add type'} onSubmit={submit} onDone={onDone} onClose={onClose}>
      {!start && (
        <label className="field">
          <span>Code (letters and digits, e.g. VAL)</span>
          <input name="code" value={code} onChange={(e) => setCode(e.target.value)} maxLength={16} required autoFocus />
        </label>
      )}
      <label className="field">
        <span>Name</span>
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required autoFocus={Boolean(start)} />
      </label>
      <label className="field">
        <span>Numbering pattern</span>
        <input name="numberingPattern" className="mono" value={pattern} onChange={(e) => setPattern(e.target.value)} maxLength={100} required />
      </label>
      <p className="muted small">{'{TYPE}'} the code, {'{DEPT}'} the department, {'{YYYY}'} the year, {'{SEQ:0000}'} the running number with its digits. Numbers already given stay as they are.</p>
      <label className="field">
        <span>Periodic review every (months)</span>
        <input name="reviewIntervalMonths" type="number" min={1} max={120} value={review} onChange={(e) => setReview(e.target.value)} required />
      </label>
      <label className="field">
        <span>Keep for (years after obsolete)</span>
        <input name="retentionYears" type="number" min={0} max={100} value={retention} onChange={(e) => setRetention(e.target.value)} required />
      </label>
    </ReasonDialog>
  );
}

/** The vault's document types and their numbering schemes. */
export function DocumentTypesScreen() {
  const types = useLoad(() => call('documentTypes.list', {}), []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="types-title">
      <div className="page-head">
        <h1 id="types-title">Document types and numbering</h1>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
          Add a type…
        </button>
      </div>
      <DoneNotice message={done} />
      <ErrorMessage message={types.error} />
      {types.data && (
        <DataTable columns={['Code', 'Name', 'Numbering', 'Review every', 'Kept for']} actions>
            {types.data.map((type) => (
              <tr key={type.code}>
                <td className="mono strong">{type.code}</td>
                <td>
                  {type.name}
                  {type.external ? <span className="muted"> (external)</span> : null}
                </td>
                <td className="mono">{type.numberingPattern}</td>
                <td>{type.reviewIntervalMonths} months</td>
                <td>{type.retentionYears} years</td>
                <td>
                  <button type="button" onClick={() => setEditing({ mode: 'edit', type })}>
                    Change…
                  </button>
                </td>
              </tr>
            ))}
        </DataTable>
      )}
      {editing && (
        <TypeDialog
          editing={editing}
          onDone={(message) => {
            setDone(message);
            types.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
