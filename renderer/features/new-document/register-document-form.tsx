import { useState, type FormEvent } from 'react';
import { call, errorSentence, stageFile } from '../../api';
import { navigate, routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';

/** Registers a new controlled document with its first draft, numbered by its type's scheme unless given. */
export function RegisterDocumentForm() {
  const types = useLoad(() => call('documentTypes.list', {}), []);
  const [type, setType] = useState('');
  const [title, setTitle] = useState('');
  const [department, setDepartment] = useState('');
  const [number, setNumber] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [rendition, setRendition] = useState<File | null>(null);
  const [changeSummary, setChangeSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = types.data?.find((t) => t.code === type);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError('Choose the file of the first draft.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const staged = await stageFile(file);
      const document = await call('documents.register', {
        type,
        title,
        department: department.trim() || undefined,
        number: number.trim() || undefined,
        file: staged,
        rendition: rendition ? await stageFile(rendition) : undefined,
        changeSummary: changeSummary.trim() || undefined,
      });
      navigate({ screen: 'document', number: document.number });
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-title" className="form-page">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'register' })}>Register</a> / new document
      </p>
      <h1 id="new-title">Register a document</h1>
      <ErrorMessage message={types.error} />
      <form onSubmit={submit} className="form-grid">
        <label className="field">
          <span>Type</span>
          <select value={type} onChange={(e) => setType(e.target.value)} required>
            <option value="">Choose…</option>
            {types.data?.map((t) => (
              <option key={t.code} value={t.code}>
                {t.code} — {t.name}
              </option>
            ))}
          </select>
          {chosen && (
            <small className="muted">
              Numbered {chosen.numberingPattern}; periodic review every {chosen.reviewIntervalMonths} months; kept {chosen.retentionYears} years.
            </small>
          )}
        </label>
        <label className="field">
          <span>Department code</span>
          <input value={department} onChange={(e) => setDepartment(e.target.value)} maxLength={16} placeholder="e.g. QA, PRD" />
        </label>
        <label className="field span-2">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required />
        </label>
        <label className="field">
          <span>Number (optional — leave empty to number automatically)</span>
          <input value={number} onChange={(e) => setNumber(e.target.value)} maxLength={64} className="mono" />
        </label>
        <label className="field">
          <span>File of the first draft</span>
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        </label>
        <label className="field">
          <span>PDF of it (optional, for a Word or other office file: signed with it and used for printing)</span>
          <input type="file" accept="application/pdf,.pdf" onChange={(e) => setRendition(e.target.files?.[0] ?? null)} />
        </label>
        <label className="field span-2">
          <span>Change summary (optional)</span>
          <textarea rows={3} value={changeSummary} onChange={(e) => setChangeSummary(e.target.value)} maxLength={4000} />
        </label>
        <div className="span-2">
          <ErrorMessage message={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Registering…' : 'Register document'}
          </button>
        </div>
      </form>
    </section>
  );
}
