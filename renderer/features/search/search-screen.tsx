import { useState } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { SearchBox } from './search-box';
import { SearchHitItem } from './search-hit-item';

/** Full-text search results (#/search?q=…), best match first; each opens the viewer at its page. */
export function SearchScreen({ query }: { query: string }) {
  const [allRevisions, setAllRevisions] = useState(false);
  const results = useLoad(() => (query ? call('search.query', { query, allRevisions, limit: 50 }) : Promise.resolve(null)), [query, allRevisions]);
  const hits = results.data?.hits;
  return (
    <section className="search" aria-labelledby="search-title">
      <div className="page-head">
        <h1 id="search-title">Search</h1>
        <SearchBox key={query} initial={query} />
        <label className="search-all-revisions">
          <input type="checkbox" checked={allRevisions} onChange={(e) => setAllRevisions(e.target.checked)} />
          Older revisions too
        </label>
      </div>
      <ErrorMessage message={results.error} />
      <p className="muted" role="status" aria-live="polite">
        {results.loading ? 'Searching…' : hits ? (hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”, best first.`) : ''}
      </p>
      {hits && hits.length > 0 && (
        <ol className="search-hits">
          {hits.map((hit) => (
            <SearchHitItem key={`${hit.number} ${hit.revision.label}`} hit={hit} terms={results.data!.terms} />
          ))}
        </ol>
      )}
    </section>
  );
}
