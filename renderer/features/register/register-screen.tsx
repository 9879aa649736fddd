import { useEffect, useMemo, useState } from 'react';
import type { RegisterSortColumn, RevisionState } from '../../../shared/contract';
import { call, errorSentence, saveMasterList } from '../../api';
import { navigate, parseRoute, routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { revisionStateOptions, stateLabel } from '../../components/state-badge';
import { useLoad } from '../../components/use-load';
import { RegisterTable } from './register-table';
import { SearchBox } from '../search/search-box';
import { registerFilterOf, registerViewFromQuery, registerViewQuery, type RegisterView } from './register-view';
import { useRegisterWindows } from './use-register-windows';

/** Waits until typing pauses before a text filter goes to the core. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The register: sorted and filtered by the core a window at a time. Filters and sort live in the address
 * (#/register?…), replaced as they change, so Back from a document and a reload come back to them.
 */
export function RegisterScreen({ query }: { query: string }) {
  const [view, setView] = useState<RegisterView>(() => registerViewFromQuery(query));
  const types = useLoad(() => call('documentTypes.list', {}), []);
  const settled = useSettled(view, 250);
  // Choices (selects, sort) apply at once; typed text when typing pauses.
  const applied = useMemo<RegisterView>(() => ({ ...view, search: settled.search, department: settled.department, owner: settled.owner }), [view, settled]);
  const filter = useMemo(() => registerFilterOf(applied), [applied]);
  const rows = useRegisterWindows(filter);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<'csv' | 'pdf' | null>(null);

  useEffect(() => {
    const href = routeHref({ screen: 'register', query: registerViewQuery(applied) });
    // Only while the address is still the register's: a filter settling just after the user left must not
    // rewrite the address of the page they went to.
    if (parseRoute(window.location.hash).screen === 'register' && window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [applied]);

  const set = (patch: Partial<RegisterView>) => setView((v) => ({ ...v, ...patch }));
  const sortBy = (column: RegisterSortColumn) => set({ sort: column, direction: view.sort === column && view.direction === 'asc' ? 'desc' : 'asc' });
  const exportAs = async (format: 'csv' | 'pdf') => {
    setExporting(format);
    setExportError(null);
    try {
      await saveMasterList(filter, format);
    } catch (e) {
      setExportError(errorSentence(e));
    } finally {
      setExporting(null);
    }
  };
  const dateField = (label: string, key: 'effectiveFrom' | 'effectiveTo' | 'nextReviewFrom' | 'nextReviewTo') => (
    <label className="field inline">
      <span>{label}</span>
      <input type="date" value={view[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );

  return (
    <section className="register" aria-labelledby="register-title">
      <div className="page-head">
        <h1 id="register-title">Document register</h1>
        <SearchBox />
        <span className="muted" role="status" aria-live="polite">
          {rows.total === null ? 'Loading…' : `${rows.total.toLocaleString('en')} ${rows.total === 1 ? 'document' : 'documents'}`}
        </span>
        <span className="grow" />
        <button type="button" onClick={() => void exportAs('csv')} disabled={exporting !== null}>
          {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button type="button" onClick={() => void exportAs('pdf')} disabled={exporting !== null}>
          {exporting === 'pdf' ? 'Exporting…' : 'Export PDF'}
        </button>
      </div>
      <div className="toolbar" role="search" aria-label="Register filters">
        <label className="field inline grow">
          <span>Search</span>
          <input
            type="search"
            placeholder="Number or title"
            value={view.search}
            onChange={(e) => set({ search: e.target.value })}
            onKeyDown={(e) => {
              const only = rows.total === 1 ? rows.rowAt(0) : undefined;
              if (e.key === 'Enter' && only) navigate({ screen: 'document', number: only.number });
            }}
          />
        </label>
        <label className="field inline">
          <span>Type</span>
          <select value={view.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">All types</option>
            {/* The type in force shows before the list of types arrives (or if it is no longer in the list). */}
            {view.type && !types.data?.some((t) => t.code === view.type) && <option value={view.type}>{view.type}</option>}
            {types.data?.map((t) => (
              <option key={t.code} value={t.code}>
                {t.code} — {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline narrow">
          <span>Department</span>
          <input value={view.department} maxLength={16} placeholder="Any" onChange={(e) => set({ department: e.target.value.toUpperCase() })} />
        </label>
        <label className="field inline narrow">
          <span>Owner</span>
          <input value={view.owner} maxLength={64} placeholder="User name" onChange={(e) => set({ owner: e.target.value })} />
        </label>
        <label className="field inline">
          <span>State</span>
          <select value={view.state} onChange={(e) => set({ state: e.target.value as RevisionState | '' })}>
            <option value="">Any state</option>
            {revisionStateOptions.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>Status</span>
          <select value={view.status} onChange={(e) => set({ status: e.target.value as RegisterView['status'] })}>
            <option value="">Active and obsolete</option>
            <option value="active">Active</option>
            <option value="obsolete">Obsolete</option>
          </select>
        </label>
        {dateField('Effective from', 'effectiveFrom')}
        {dateField('Effective to', 'effectiveTo')}
        {dateField('Next review from', 'nextReviewFrom')}
        {dateField('Next review to', 'nextReviewTo')}
        <button type="button" onClick={rows.reload}>
          Refresh
        </button>
      </div>
      <ErrorMessage message={rows.error ?? exportError} />
      <RegisterTable
        rows={rows}
        sort={view.sort}
        direction={view.direction}
        onSort={sortBy}
        onOpen={(number) => navigate({ screen: 'document', number })}
        hrefFor={(number) => routeHref({ screen: 'document', number })}
      />
    </section>
  );
}
