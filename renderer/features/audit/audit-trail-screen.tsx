import { useEffect, useState, type FormEvent } from 'react';
import type { AuditFilter } from '../../../shared/contract';
import { auditActionWords, auditEventSentences } from '../../../shared/messages/en/audit-event-sentences';
import { call, errorSentence, saveFileFromCore } from '../../api';
import { navigate, type AuditRouteFilters } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { AuditTrailTable } from '../document/audit-trail-table';

const pageSize = 50;
const eventTypes = Object.keys(auditEventSentences).sort();
const filterKeys = ['user', 'action', 'document', 'from', 'to'] as const;

/** The filters the core understands, from the address (empty values left out). */
function coreFilter(filters: AuditRouteFilters): AuditFilter {
  return Object.fromEntries(filterKeys.flatMap((key) => (filters[key] ? [[key, filters[key]]] : [])));
}

/**
 * The vault-wide audit trail for an auditor: every event as a sentence, newest first, filtered by who,
 * what, which document and when, a page at a time; the filters live in the address, so Back and reload
 * keep them. Exports the selection as CSV or PDF (made by the core).
 */
export function AuditTrailScreen({ filters }: { filters: AuditRouteFilters }) {
  const page = Math.max(1, Number(filters.page) || 1);
  const filter = coreFilter(filters);
  const filterKey = JSON.stringify(filter);
  const trail = useLoad(() => call('audit.page', { ...filter, offset: (page - 1) * pageSize, limit: pageSize }), [filterKey, page]);
  const users = useLoad(() => call('users.list', {}), []);
  const [draft, setDraft] = useState<AuditRouteFilters>(filters);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  // The form follows the address (Back, a link), not each keystroke.
  useEffect(() => setDraft(filters), [filterKey]);

  const go = (next: AuditRouteFilters) => navigate({ screen: 'audit', filters: next });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    go({ ...coreFilter(draft) });
  };
  const exportAs = async (format: 'csv' | 'pdf') => {
    setExporting(true);
    setError(null);
    setExported(null);
    try {
      const result = await saveFileFromCore('audit.export', { ...filter, format }, `audit-trail${filter.document ? `-${filter.document}` : ''}.${format}`);
      if (result) setExported(`${result.events} event${result.events === 1 ? '' : 's'} exported as ${format.toUpperCase()}.`);
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setExporting(false);
    }
  };
  const set = (key: (typeof filterKeys)[number]) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const total = trail.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">Audit trail</h1>
        <span className="muted" role="status">
          {trail.data ? `${total.toLocaleString()} event${total === 1 ? '' : 's'}${filterKey === '{}' ? ' in the vault' : ' match'}, newest first` : 'Loading…'}
        </span>
      </div>
      <form className="filters" onSubmit={apply} aria-label="Filters">
        <label className="field">
          <span>Who</span>
          <select name="user" value={draft.user ?? ''} onChange={set('user')}>
            <option value="">Anyone</option>
            {/* The user in force shows before the list of users arrives. */}
            {draft.user && !users.data?.some((u) => u.username === draft.user) && <option value={draft.user}>{draft.user}</option>}
            {users.data?.map((u) => (
              <option key={u.id} value={u.username}>
                {u.fullName} ({u.username})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>What</span>
          <select name="action" value={draft.action ?? ''} onChange={set('action')}>
            <option value="">Every kind of event</option>
            {eventTypes.map((type) => (
              <option key={type} value={type}>
                {auditActionWords(type)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Document number</span>
          <input name="document" value={draft.document ?? ''} onChange={set('document')} placeholder="e.g. SOP-QA-0001" />
        </label>
        <label className="field">
          <span>From (UTC day)</span>
          <input name="from" type="date" value={draft.from ?? ''} onChange={set('from')} />
        </label>
        <label className="field">
          <span>To (UTC day)</span>
          <input name="to" type="date" value={draft.to ?? ''} onChange={set('to')} />
        </label>
        <button type="submit" className="primary">
          Show
        </button>
        <button type="button" onClick={() => go({})} disabled={filterKey === '{}'}>
          Clear
        </button>
        <span className="grow" />
        <button type="button" onClick={() => exportAs('csv')} disabled={exporting || !trail.data}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportAs('pdf')} disabled={exporting || !trail.data}>
          Export PDF
        </button>
      </form>
      {exported && (
        <p className="success" role="status">
          {exported}
        </p>
      )}
      <ErrorMessage message={trail.error ?? error} />
      {trail.data && <AuditTrailTable events={trail.data.events} />}
      {trail.data && total > pageSize && (
        <nav className="pager" aria-label="Pages">
          <button type="button" disabled={page <= 1} onClick={() => go({ ...filters, page: String(page - 1) })}>
            Newer
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => go({ ...filters, page: String(page + 1) })}>
            Older
          </button>
        </nav>
      )}
    </section>
  );
}
