import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ImportProgress, ImportReport } from '../../../shared/contract';
import { formatSize } from '../../../shared/messages';
import { call, errorSentence, folderDialog } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { ImportReportView } from './import-report-view';

interface ImportChoice {
  folder: string;
  metadata?: string;
  type?: string;
  department?: string;
}

function timeLeft(p: ImportProgress): string {
  const rate = p.elapsedMs > 0 ? p.bytesDone / p.elapsedMs : 0;
  if (rate <= 0) return '…';
  const seconds = Math.round((p.bytesTotal - p.bytesDone) / rate / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

/** The running import: files, MB, rate and time left, polled from the core, with Cancel. */
function ImportRun({ jobId, onEnded }: { jobId: string; onEnded: (report: ImportReport | null, error: string | null) => void }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const p = await call('import.progress', { jobId });
        if (stopped) return;
        setProgress(p);
        if (p.report || p.error) onEnded(p.report, p.error?.message ?? null);
        else setTimeout(() => void poll(), 500);
      } catch (e) {
        if (!stopped) onEnded(null, errorSentence(e));
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [jobId, onEnded]);
  const p = progress;
  return (
    <section aria-label="Import progress">
      <progress max={p?.bytesTotal || 1} value={p?.bytesDone ?? 0} aria-label="Imported so far" />
      <p role="status">
        {p ? `${p.filesDone} of ${p.filesTotal} files, ${formatSize(p.bytesDone)} of ${formatSize(p.bytesTotal)}, ${formatSize(p.elapsedMs > 0 ? (p.bytesDone / p.elapsedMs) * 1000 : 0)}/s, ${timeLeft(p)} left` : 'Starting…'}
      </p>
      <button type="button" onClick={() => void call('import.cancel', { jobId })}>
        Cancel
      </button>
    </section>
  );
}

/**
 * Brings a shared-drive folder in: choose the folder (and the master list), see the plan, then run it
 * with progress and cancel. Legacy releases are attested with the controller's password.
 */
export function ImportWizard() {
  const [folder, setFolder] = useState('');
  const [metadata, setMetadata] = useState('');
  const [type, setType] = useState('');
  const [department, setDepartment] = useState('');
  const [password, setPassword] = useState('');
  const [plan, setPlan] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Stable, so the progress poll is not restarted by each render.
  const ended = useCallback((report: ImportReport | null, failure: string | null) => {
    setResult(report);
    setError(failure);
    if (!report) setJobId(null);
  }, []);
  // The desktop app opens its folder dialog; in a browser (`quire serve`) the path is typed.
  const chooseFolder = folderDialog();
  const choice = (): ImportChoice => ({ folder: folder.trim(), metadata: metadata.trim() || undefined, type: type.trim() || undefined, department: department.trim() || undefined });

  const makePlan = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPlan(null);
    setResult(null);
    try {
      setPlan(await call('import.plan', choice()));
    } catch (e) {
      setError(errorSentence(e));
    }
    setBusy(false);
  };
  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setJobId((await call('import.start', { ...choice(), password })).jobId);
      setPassword('');
    } catch (e) {
      setError(errorSentence(e));
    }
  };

  return (
    <section aria-labelledby="import-title" className="form-page">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'register' })}>Register</a> / import a folder
      </p>
      <h1 id="import-title">Import a folder</h1>
      <form onSubmit={makePlan} className="form-grid">
        <label className="field">
          <span>Folder (path on this computer)</span>
          <input value={folder} onChange={(e) => setFolder(e.target.value)} required disabled={jobId !== null} />
        </label>
        {chooseFolder && (
          <button type="button" disabled={jobId !== null} onClick={() => void chooseFolder().then((chosen) => chosen && setFolder(chosen))}>
            Choose folder…
          </button>
        )}
        <label className="field">
          <span>Metadata sheet (CSV or XLSX, optional)</span>
          <input value={metadata} onChange={(e) => setMetadata(e.target.value)} disabled={jobId !== null} />
        </label>
        <label className="field">
          <span>Type for files the sheet and names do not type (optional)</span>
          <input value={type} onChange={(e) => setType(e.target.value)} disabled={jobId !== null} />
        </label>
        <label className="field">
          <span>Department (optional)</span>
          <input value={department} onChange={(e) => setDepartment(e.target.value)} disabled={jobId !== null} />
        </label>
        <button type="submit" disabled={busy || jobId !== null}>
          {busy ? 'Planning…' : 'Show the plan'}
        </button>
      </form>
      <ErrorMessage message={error} />
      {plan && !jobId && <ImportReportView report={plan} />}
      {plan && !jobId && plan.documents.length > 0 && (
        <form onSubmit={start} className="form-grid">
          <p>Revisions the previous system released are recorded as approved under it, with your signature attesting the import.</p>
          <label className="field">
            <span>Your password, to sign the attestation</span>
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" />
          </label>
          <button type="submit">Import</button>
        </form>
      )}
      {jobId && !result && (
        <ImportRun jobId={jobId} onEnded={ended} />
      )}
      {result && <ImportReportView report={result} />}
    </section>
  );
}
