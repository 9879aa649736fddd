// Auditors ask not only what the text says but whether the controlled attributes moved with it:
// a new owner, a shorter review interval, another retention rule.

export type MetadataValue = string | number | boolean | null | undefined | readonly string[];

/** A revision's controlled attributes as plain fields (title, owner, type, department, reviewIntervalMonths, retention, externalSource…). */
export type RevisionMetadata = Readonly<Record<string, MetadataValue>>;

export interface MetadataChange {
  field: string;
  /** The field's name as a reader knows it. */
  label: string;
  old: string | number | boolean | readonly string[] | null;
  new: string | number | boolean | readonly string[] | null;
}

/** Known fields, in the order the register shows them; other fields follow alphabetically under their own name. */
export const metadataFieldLabels: Readonly<Record<string, string>> = {
  documentNumber: 'Document number',
  title: 'Title',
  type: 'Document type',
  owner: 'Owner',
  department: 'Department',
  reviewIntervalMonths: 'Review interval (months)',
  retention: 'Retention',
  externalSource: 'External source',
  effectiveDate: 'Effective date',
  nextReviewDate: 'Next review date',
  confidentiality: 'Confidentiality',
  keywords: 'Keywords',
};

/** Lists every field whose value differs between two revisions (unset, null and empty text count as the same), in register order. */
export function compareRevisionMetadata(a: RevisionMetadata, b: RevisionMetadata): MetadataChange[] {
  const known = Object.keys(metadataFieldLabels);
  const others = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !(f in metadataFieldLabels)).sort();
  const changes: MetadataChange[] = [];
  for (const field of [...known, ...others]) {
    const before = normalise(a[field]);
    const after = normalise(b[field]);
    if (sameValue(before, after)) continue;
    changes.push({ field, label: metadataFieldLabels[field] ?? field, old: before, new: after });
  }
  return changes;
}

function normalise(value: MetadataValue): MetadataChange['old'] {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return value;
}

function sameValue(x: MetadataChange['old'], y: MetadataChange['old']): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
  return x === y;
}
