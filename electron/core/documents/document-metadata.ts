import type { DocumentRow } from './document-queries';

/** A document's controlled attributes as the audit trail records them and comparisons show them. */
export interface DocumentMetadata {
  title: string;
  type: string;
  owner: string;
  department: string | null;
  reviewIntervalMonths: number;
  retention: string;
  externalSource: string | null;
}

export function documentMetadata(row: DocumentRow): DocumentMetadata {
  return {
    title: row.title,
    type: row.doc_type,
    owner: row.owner_username,
    department: row.department,
    reviewIntervalMonths: row.review_interval_months,
    retention: `${row.retention_years} years`,
    externalSource: row.external_source ? `${row.external_source}${row.external_reference ? ` ${row.external_reference}` : ''}` : null,
  };
}
