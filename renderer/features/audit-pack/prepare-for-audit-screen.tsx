import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AuditPackProgress } from '../../../shared/contract';
import { formatSize } from '../../../shared/messages';
import { call, downloadAuditPack, errorSentence, startAuditPack } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';

const packName = () => `Audit pack ${new Date().toISOString().slice(0, 10)}.zip`;

/** The pack being written: which section, a progress bar, Cancel; polled from the core. */
function PackRun({ jobId, onEnded }: { jobId: string; onEnded: (p: AuditPackProgress) => void }) {
  const [progress, setProgress] = useState<AuditPackProgress | null>(null);
  // The latest callback, without restarting the poll (which would report the end twice) when the parent renders.
  const ended = useRef(onEnded);
  ended.current = onEnded;
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const p = await call('auditPack.progress', { jobId });
      if (stopped) return;
      setProgress(p);
      if (p.phase === 'running') setTimeout(() => void poll(), 400);
      else ended.current(p);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [jobId]);
  return (
    <section aria-label="Audit pack progress">
      <progress max={progress?.sectionsTotal || 1} value={progress?.sectionsDone ?? 0} aria-label="Sections written" />
      <p role="status">{progress?.section ? `Writing ${progress.section} (${progress.sectionsDone + 1} of ${progress.sectionsTotal}), ${progress.filesWritten} files so far…` : 'Starting…'}</p>
      <button type="button" onClick={() => void call('auditPack.cancel', { jobId })}>
        Cancel
      </button>
    </section>
  );
}

/**
 * #/audit-pack, "Prepare for audit": one ZIP for the auditor with the registers, each document's records,
 * the gap analysis, the audit trail of a period and the verify report, signed with the user's key.
 */
export function PrepareForAuditScreen() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [documents, setDocuments] = useState('');
  const [password, setPassword] = useState('');
  const [job, setJob] = useState<{ jobId: string; download: boolean } | null>(null);
  const [ended, setEnded] = useState<(AuditPackProgress & { downloaded: boolean }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setEnded(null);
    const numbers = documents.split(',').map((n) => n.trim()).filter(Boolean);
    try {
      const started = await startAuditPack({ password, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(numbers.length ? { documents: numbers } : {}) }, packName());
      setPassword('');
      if (started) setJob(started);
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  const finish = async (p: AuditPackProgress) => {
    setEnded({ ...p, downloaded: job?.download ?? false });
    if (p.error) setError(p.error.message);
    else if (p.result && job?.download) await downloadAuditPack(p.jobId, packName()).catch((e: unknown) => setError(errorSentence(e)));
    setJob(null);
  };

  return (
    <section aria-labelledby="pack-title" className="form-page">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'gap-analysis' })}>Gap analysis</a> / prepare for audit
      </p>
      <h1 id="pack-title">Prepare for audit</h1>
      <p>
        One ZIP file for the auditor: the master list, each document&apos;s history, change records and signatures, the controlled-copy register, the gap analysis, the audit trail of the period and the verification report, with an index page that opens in any browser. The manifest is signed with your key, so the auditor can check every file.
      </p>
      <form onSubmit={start} className="form-grid">
        <label className="field">
          <span>Audit trail from (optional)</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} disabled={job !== null} />
        </label>
        <label className="field">
          <span>Audit trail to (optional)</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} disabled={job !== null} />
        </label>
        <label className="field">
          <span>Documents (numbers separated by commas; all when empty)</span>
          <input value={documents} onChange={(e) => setDocuments(e.target.value)} disabled={job !== null} />
        </label>
        <label className="field">
          <span>Your password, to sign the pack</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" disabled={job !== null} />
        </label>
        <button type="submit" disabled={job !== null}>
          Prepare the pack
        </button>
      </form>
      <ErrorMessage message={error} />
      {job && <PackRun jobId={job.jobId} onEnded={(p) => void finish(p)} />}
      {ended?.result && (
        <p className="success" role="status">
          Audit pack {ended.downloaded ? 'downloaded' : `saved to ${ended.result.path}`}: {ended.result.files} files, {formatSize(ended.result.bytes)}, SHA-256 <span className="mono">{ended.result.sha256}</span>, chain head {ended.result.chainHead}.
        </p>
      )}
      {ended?.phase === 'cancelled' && <p role="status">The pack was cancelled; nothing was saved.</p>}
    </section>
  );
}
