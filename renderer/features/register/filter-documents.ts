import type { DocumentSummary, RevisionState } from '../../../shared/contract';

export interface RegisterFilter {
  search: string;
  type: string;
  status: '' | 'active' | 'obsolete';
  state: '' | RevisionState;
}

/** The documents matching the filter; search matches number or title, ignoring case and accents. */
export function filterDocuments(documents: readonly DocumentSummary[], filter: RegisterFilter): DocumentSummary[] {
  const needle = fold(filter.search.trim());
  return documents.filter(
    (d) =>
      (!filter.type || d.type === filter.type) &&
      (!filter.status || d.status === filter.status) &&
      (!filter.state || d.currentRevision?.state === filter.state) &&
      (!needle || fold(d.number).includes(needle) || fold(d.title).includes(needle)),
  );
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
