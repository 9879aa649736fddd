import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Revision, RevisionComparison, Signature } from '../../../shared/contract';
import { revisionStateFacts, revisionStateInWords } from '../../../shared/lifecycle';
import { comparisonMethodSentence, type ComparisonHunk, type TextPosition } from '../../../shared/text-comparison';
import { call, errorSentence, saveComparisonReport } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { localTime } from '../../components/format';
import { StateBadge } from '../../components/state-badge';

/** Default pair: the revision effective before the current one, and the current one. */
export function defaultComparison(revisions: Revision[], current: string | null): { from: string; to: string } | null {
  if (revisions.length < 2) return null;
  const toIndex = Math.max(0, current ? revisions.findIndex((r) => r.label === current) : revisions.length - 1);
  const to = toIndex > 0 ? revisions[toIndex]! : revisions[revisions.length - 1]!;
  const index = revisions.indexOf(to);
  const earlier = revisions.slice(0, index);
  const wasEffective = [...earlier].reverse().find((r) => revisionStateFacts[r.state].wasEffective);
  const from = wasEffective ?? earlier[earlier.length - 1];
  return from ? { from: from.label, to: to.label } : null;
}

const at = (side: 'old' | 'new', p: TextPosition) => `${side} p.${p.page} l.${p.line}`;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Pick two revisions and see what changed: text by page and line down to words, metadata, summaries and signatures. */
export function ComparePanel({ number, revisions, current }: { number: string; revisions: Revision[]; current: string | null }) {
  const pair = defaultComparison(revisions, current);
  const [from, setFrom] = useState(pair?.from ?? revisions[0]?.label ?? '');
  const [to, setTo] = useState(pair?.to ?? revisions[revisions.length - 1]?.label ?? '');
  const [ignoreWhitespace, setIgnoreWhitespace] = useState(false);
  const [ignoreLineWrap, setIgnoreLineWrap] = useState(false);
  // On by default here: on screen a changed revision label or page count should not bury the real changes.
  const [ignoreHeadersFooters, setIgnoreHeadersFooters] = useState(true);
  const [result, setResult] = useState<RevisionComparison | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();

  if (revisions.length < 2) return <p className="empty">There is only one revision; nothing to compare yet.</p>;
  const options = { number, from, to, ignoreWhitespace, ignoreLineWrap, ignoreHeadersFooters };
  const compare = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setResult(await call('revisions.compare', options));
    } catch (e) {
      setError(errorSentence(e));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };
  const saveReport = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      if (await saveComparisonReport(options)) setSaved(`Report saved: ${number} ${from} → ${to}.`);
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };
  const revisionSelect = (label: string, value: string, onChange: (v: string) => void) => (
    <label className="field inline" htmlFor={`${id}-${label}`}>
      <span>{label}</span>
      <select id={`${id}-${label}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {revisions.map((r) => (
          <option key={r.id} value={r.label}>
            {r.label} ({revisionStateInWords(r.state)})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare-panel">
      <form className="toolbar" onSubmit={compare} aria-label="Compare revisions">
        {revisionSelect('Old revision', from, setFrom)}
        {revisionSelect('New revision', to, setTo)}
        <label className="check">
          <input type="checkbox" checked={ignoreWhitespace} onChange={(e) => setIgnoreWhitespace(e.target.checked)} /> Ignore whitespace
        </label>
        <label className="check">
          <input type="checkbox" checked={ignoreLineWrap} onChange={(e) => setIgnoreLineWrap(e.target.checked)} /> Ignore line wrap
        </label>
        <label className="check">
          <input type="checkbox" checked={ignoreHeadersFooters} onChange={(e) => setIgnoreHeadersFooters(e.target.checked)} /> Ignore running headers and footers
        </label>
        <button type="submit" className="primary" disabled={busy || from === to}>
          Compare
        </button>
        <button type="button" onClick={saveReport} disabled={busy || from === to}>
          Save report (PDF)
        </button>
      </form>
      {from === to && <p className="notice">Choose two different revisions.</p>}
      <ErrorMessage message={error} />
      {saved && (
        <p className="success" role="status">
          {saved}
        </p>
      )}
      {busy && <p className="muted">Working…</p>}
      {result && <ComparisonView comparison={result} />}
    </div>
  );
}

function ComparisonView({ comparison: c }: { comparison: RevisionComparison }) {
  const t = c.text;
  return (
    <section className="comparison" aria-label="Comparison">
      <div className="compare-summary" role="group" aria-label="Summary">
        <p className="compare-heading">
          <span className="mono strong">{c.old.label}</span> <StateBadge state={c.old.state} /> → <span className="mono strong">{c.new.label}</span> <StateBadge state={c.new.state} />
        </p>
        {t ? (
          t.identical ? (
            <p>The text is identical.</p>
          ) : (
            <dl className="summary-facts">
              <dt>Changes</dt>
              <dd>{t.summary.changes}</dd>
              <dt>Pages changed (old)</dt>
              <dd>{t.summary.oldPagesChanged.join(', ') || '—'}</dd>
              <dt>Pages changed (new)</dt>
              <dd>{t.summary.newPagesChanged.join(', ') || '—'}</dd>
              <dt>Words</dt>
              <dd>
                <span className="words-added">+{t.summary.wordsAdded}</span> <span className="words-removed">−{t.summary.wordsRemoved}</span>
              </dd>
            </dl>
          )
        ) : (
          <p className="notice">{c.textUnavailable ?? 'The text could not be compared.'}</p>
        )}
        {t && <p className="muted small">{comparisonMethodSentence(t)}</p>}
        {t?.precisionNote && <p className="notice">{t.precisionNote}</p>}
      </div>

      <div className="compare-sides">
        <RevisionSide title={`Old: ${c.old.label}`} revision={c.old} />
        <RevisionSide title={`New: ${c.new.label}`} revision={c.new} />
      </div>

      <h3>Metadata changes</h3>
      {c.metadataChanges.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Old</th>
              <th scope="col">New</th>
            </tr>
          </thead>
          <tbody>
            {c.metadataChanges.map((m) => (
              <tr key={m.field}>
                <td>{m.label}</td>
                <td>
                  <del className="diff-removed">{show(m.old)}</del>
                </td>
                <td>
                  <ins className="diff-added">{show(m.new)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {t && !t.identical && (
        <>
          <h3>Text changes</h3>
          <p className="muted small legend">
            <del className="diff-removed">removed words</del> <ins className="diff-added">added words</ins>
          </p>
          <ol className="hunks" aria-label="Changes">
            {t.hunks.map((hunk, i) => (
              <Hunk key={i} hunk={hunk} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RevisionSide({ title, revision: r }: { title: string; revision: RevisionComparison['old'] }) {
  return (
    <div className="compare-side">
      <h3>{title}</h3>
      <p className="small muted">
        {r.fileName} · effective {r.effectiveDate ?? '—'}
      </p>
      <p className="pre-line">
        <span className="muted">Change summary: </span>
        {r.changeSummary ?? '—'}
      </p>
      <SignatureList signatures={r.signatures} />
    </div>
  );
}

function SignatureList({ signatures }: { signatures: Signature[] }) {
  if (signatures.length === 0) return <p className="muted small">No signatures.</p>;
  return (
    <ul className="signature-list">
      {signatures.map((s) => (
        <li key={s.id}>
          <span className={`meaning meaning-${s.meaning}`}>{s.meaning}</span> {s.signer.printedName} <span className="muted small">{localTime(s.signedAt)}</span>
        </li>
      ))}
    </ul>
  );
}

function Hunk({ hunk }: { hunk: ComparisonHunk }) {
  let body: ReactNode;
  if (hunk.kind === 'unchanged-context') {
    body = hunk.old.map((p, i) => (
      <p key={i} className="passage context">
        {p.text}
      </p>
    ));
  } else if (hunk.words) {
    body = (
      <p className="passage">
        {hunk.words.map((w, i) =>
          w.kind === 'same' ? (
            <span key={i}>{w.text}</span>
          ) : w.kind === 'removed' ? (
            <del key={i} className="diff-removed">
              {w.text}
            </del>
          ) : (
            <ins key={i} className="diff-added">
              {w.text}
            </ins>
          ),
        )}
      </p>
    );
  } else {
    body = (
      <>
        {hunk.old.map((p, i) => (
          <p key={`o${i}`} className="passage">
            <del className="diff-removed">{p.text}</del>
          </p>
        ))}
        {hunk.new.map((p, i) => (
          <p key={`n${i}`} className="passage">
            <ins className="diff-added">{p.text}</ins>
          </p>
        ))}
      </>
    );
  }
  const kindLabel = { added: 'Added', removed: 'Removed', changed: 'Changed', 'unchanged-context': 'Unchanged' }[hunk.kind];
  return (
    <li className={`hunk hunk-${hunk.kind}`}>
      <p className="hunk-head mono small">
        <span className="hunk-kind">{kindLabel}</span> {at('old', hunk.oldAt)} → {at('new', hunk.newAt)}
      </p>
      {body}
    </li>
  );
}
