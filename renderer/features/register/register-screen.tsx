import { useDeferredValue, useMemo, useState } from 'react';
import type { RevisionState } from '../../../shared/contract';
import { call } from '../../api';
import { navigate, routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { revisionStateOptions, stateLabel } from '../../components/state-badge';
import { useLoad } from '../../components/use-load';
import { filterDocuments, type RegisterFilter } from './filter-documents';
import { RegisterTable } from './register-table';
import { SearchBox } from '../search/search-box';

/** The register: every controlled document, filtered and searched without leaving the keyboard. */
export function RegisterScreen() {
  const documents = useLoad(() => call('documents.list', {}), []);
  const types = useLoad(() => call('documentTypes.list', {}), []);
  const [filter, setFilter] = useState<RegisterFilter>({ search: '', type: '', status: 'active', state: '' });
  const deferred = useDeferredValue(filter);
  const rows = useMemo(() => filterDocuments(documents.data ?? [], deferred), [documents.data, deferred]);
  const set = (patch: Partial<RegisterFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="register" aria-labelledby="register-title">
      <div className="page-head">
        <h1 id="register-title">Document register</h1>
        <SearchBox />
        <span className="muted" role="status" aria-live="polite">
          {documents.data ? `${rows.length.toLocaleString()} of ${documents.data.length.toLocaleString()} documents` : 'Loading…'}
        </span>
      </div>
      <div className="toolbar" role="search">
        <label className="field inline grow">
          <span>Search</span>
          <input
            type="search"
            placeholder="Number or title"
            value={filter.search}
            onChange={(e) => set({ search: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && rows.length === 1) navigate({ screen: 'document', number: rows[0]!.number });
            }}
          />
        </label>
        <label className="field inline">
          <span>Type</span>
          <select value={filter.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">All types</option>
            {types.data?.map((t) => (
              <option key={t.code} value={t.code}>
                {t.code} — {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>Status</span>
          <select value={filter.status} onChange={(e) => set({ status: e.target.value as RegisterFilter['status'] })}>
            <option value="">Active and obsolete</option>
            <option value="active">Active</option>
            <option value="obsolete">Obsolete</option>
          </select>
        </label>
        <label className="field inline">
          <span>Current revision</span>
          <select value={filter.state} onChange={(e) => set({ state: e.target.value as RevisionState | '' })}>
            <option value="">Any state</option>
            {revisionStateOptions.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={documents.reload}>
          Refresh
        </button>
      </div>
      <ErrorMessage message={documents.error} />
      <RegisterTable documents={rows} onOpen={(number) => navigate({ screen: 'document', number })} hrefFor={(number) => routeHref({ screen: 'document', number })} />
    </section>
  );
}
