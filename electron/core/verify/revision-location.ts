import { isRevisionState } from '../../../shared/lifecycle';
import { revisionLabel } from '../documents/revision-labels';

export interface RevisionLocationRow {
  id: number;
  number: string;
  major_label: string;
  draft_number: number;
  /** A lifecycle state, unless an insider rebuilt the table without its CHECK: verify reads it as any word. */
  state: string;
}

/**
 * How verify names a revision in its report (`SOP-1 revision B (id 7)`). Never throws: a state outside
 * the lifecycle has no label rule, so the revision is named by its raw parts (`B.1`) instead.
 */
export function revisionLocation(row: RevisionLocationRow): string {
  const state = row.state;
  const label = isRevisionState(state) ? revisionLabel(row.major_label, row.draft_number, state) : `${row.major_label}.${row.draft_number}`;
  return `${row.number} revision ${label} (id ${row.id})`;
}
