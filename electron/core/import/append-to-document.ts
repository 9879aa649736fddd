import type Database from 'better-sqlite3';
import { revisionStateFacts, type RevisionState } from '../../../shared/lifecycle';
import type { DocumentRow } from '../documents/document-queries';
import { releasedLabelAt, releasedLabelIndex } from '../documents/revision-labels';
import type { RevisionLabelScheme } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import type { PlannedDocument, PlannedRevision } from './plan-import';

/** Titles as people retype them: the same words, whatever the case, spacing or Unicode form. */
function sameTitle(a: string, b: string): boolean {
  const key = (title: string) => title.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return key(a) === key(b);
}

/**
 * Whether files planned for a number already in the register are that document's next revisions: the
 * same document (same type and title), nothing of it under way in Quire, and every label newer than the
 * newest it has. Returns the revisions to append (an unlabelled file gets the label after the newest), or
 * why they are a clash: another document under the same number, a label it has, an older label.
 */
export function nextRevisionsOf(db: Database.Database, existing: DocumentRow, plan: PlannedDocument, revisions: PlannedRevision[], scheme: RevisionLabelScheme): { revisions: PlannedRevision[] } | { clash: string } {
  if (existing.doc_type !== plan.type || !sameTitle(existing.title, plan.title)) {
    return { clash: `the number is already in the register for another document ("${existing.title}", ${existing.doc_type})` };
  }
  if (existing.status === 'obsolete') return { clash: 'the document is obsolete in the register' };
  const held = statement<[number], { major_label: string; state: RevisionState }>(db, 'SELECT major_label, state FROM revisions WHERE document_id = ? ORDER BY id').all(existing.id);
  // A revision being drafted, reviewed or approved in Quire comes first: an import must not overtake it.
  if (held.some((r) => revisionStateFacts[r.state].inProgress || r.state === 'approved')) return { clash: 'the document has a revision under way in Quire' };
  const released = held.filter((r) => revisionStateFacts[r.state].releasedLabel);
  let newest = released.length > 0 ? Math.max(...released.map((r) => releasedLabelIndex(r.major_label, scheme))) : -1;
  const appended: PlannedRevision[] = [];
  for (const revision of revisions) {
    if (revision.row.label === null) {
      appended.push({ ...revision, label: releasedLabelAt(++newest, scheme) });
      continue;
    }
    if (released.some((r) => r.major_label === revision.label)) return { clash: `revision ${revision.label} is already in the register` };
    if (revision.row.labelIndex! <= newest) return { clash: `revision ${revision.label} is older than revision ${releasedLabelAt(newest, scheme)} in the register` };
    newest = revision.row.labelIndex!;
    appended.push(revision);
  }
  return { revisions: appended };
}
