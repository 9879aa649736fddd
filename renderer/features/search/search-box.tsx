import { useState } from 'react';
import { navigate } from '../../app/use-hash-route';

/** The full-text search box: Enter opens the results (#/search?q=…). */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const [query, setQuery] = useState(initial);
  return (
    <form
      className="search-box"
      role="search"
      aria-label="Search the text of documents"
      onSubmit={(e) => {
        e.preventDefault();
        if (query.trim()) navigate({ screen: 'search', query: query.trim() });
      }}
    >
      <input type="search" aria-label="Search the text of documents" placeholder="Search the text of documents…" value={query} onChange={(e) => setQuery(e.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}
