import type Database from 'better-sqlite3';
import { isRevisionState } from '../../../../shared/lifecycle';
import { revisionLocation, type RevisionLocationRow } from '../revision-location';
import { compareCopies, type CopyTableRow } from './copies';
import { applyRevisionEvent, newExpectedRevision, type ExpectedRevision } from './expected-revision';
import { GroupedRows } from './grouped-rows';
import { compareRoutes, type RouteTableRow, type RouteTaskTableRow } from './routes';
import { compareSignatures, type SignatureTableRow } from './signatures';
import type { StateProblems } from './state-problems';
import { trailEventsOf, type TrailEvent } from './trail-events';
import type { ReplayedUsers } from './users';

interface RevisionStateRow extends RevisionLocationRow {
  sha256: string;
  stored_sha256: string | null;
  effective_date: string | null;
  text_sha256: string | null;
  imported_from: string | null;
  rendition_sha256: string | null;
  stored_rendition_sha256: string | null;
}

function compareRevision(where: string, row: RevisionStateRow, expected: ExpectedRevision, problems: StateProblems): void {
  if (!expected.drafted) {
    problems.add(where, `${where} was not drafted by any audit event.`);
    return;
  }
  const differs = (what: string, inRow: unknown, inTrail: unknown, why = '') => problems.add(where, `${where}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}${why}.`);
  if (expected.sha256 !== undefined && row.sha256 !== expected.sha256) differs('the content hash', row.sha256, expected.sha256, ': its content was swapped');
  else if (expected.sha256 !== undefined && row.stored_sha256 !== expected.sha256) differs('the stored content it points to', row.stored_sha256, expected.sha256, ': its content was swapped');
  if (row.rendition_sha256 !== expected.renditionSha256) differs('the supplied PDF rendition hash', row.rendition_sha256, expected.renditionSha256, ': its rendition was swapped');
  else if (row.rendition_sha256 !== null && row.stored_rendition_sha256 !== row.rendition_sha256) {
    differs('the stored rendition it points to', row.stored_rendition_sha256, expected.renditionSha256, ': its rendition was swapped');
  }
  if (row.state !== expected.state) differs('the state', row.state, expected.state);
  if (row.effective_date !== expected.effectiveDate) differs('the effective date', row.effective_date, expected.effectiveDate);
  if (row.imported_from !== expected.importedFrom) differs('where it was imported from', row.imported_from, expected.importedFrom);
  if (typeof expected.textSha256 === 'string' && row.text_sha256 !== expected.textSha256) {
    differs('the hash of the extracted text', row.text_sha256, expected.textSha256, ': the text that comparisons use was changed');
  }
}

function orphan(problems: StateProblems, what: string) {
  return (row: { revision_id: number }) => problems.add(`${what} of revision ${row.revision_id}`, `A ${what} belongs to revision ${row.revision_id}, which is not in the vault.`);
}

/**
 * Replays every revision's events and compares, one revision at a time, its row (state, content,
 * supplied rendition, effective date, text hash), its routes and tasks, its signatures and its controlled copies. Every
 * stream is ordered by revision id, so nothing is held for more than one revision.
 */
export function replayRevisions(db: Database.Database, users: ReplayedUsers, problems: StateProblems): number {
  const events = new GroupedRows<TrailEvent>(trailEventsOf(db, 'revision'), (e) => e.entityId, (e) => problems.add(`audit event ${e.id}`, `Audit event ${e.id} (${e.action}) is about revision ${e.entityId}, which is not in the vault.`));
  const routes = new GroupedRows(db.prepare('SELECT id, revision_id, approval_mode, state, content_sha256, opened_by FROM routes ORDER BY revision_id, id').iterate() as IterableIterator<RouteTableRow>, (r) => r.revision_id, orphan(problems, 'route'));
  const tasks = new GroupedRows(
    db.prepare('SELECT r.revision_id, t.route_id, t.stage, t.position, t.assignee_id, t.state, t.signature_id FROM route_tasks t JOIN routes r ON r.id = t.route_id ORDER BY r.revision_id, t.route_id, t.id').iterate() as IterableIterator<RouteTaskTableRow>,
    (t) => t.revision_id,
    orphan(problems, 'route task'),
  );
  const signatures = new GroupedRows(db.prepare('SELECT id, revision_id, user_id, signing_key_id, meaning, signed_at FROM signatures ORDER BY revision_id, id').iterate() as IterableIterator<SignatureTableRow>, (s) => s.revision_id, orphan(problems, 'signature'));
  const copies = new GroupedRows(db.prepare('SELECT revision_id, copy_number, copyholder, location, status, recalled_signature_id FROM controlled_copies ORDER BY revision_id, copy_number').iterate() as IterableIterator<CopyTableRow>, (c) => c.revision_id, orphan(problems, 'controlled copy'));
  const rows = db
    .prepare(
      `SELECT r.id, d.number, r.major_label, r.draft_number, r.state, r.sha256, c.sha256 AS stored_sha256, r.effective_date, t.text_sha256, i.source_path AS imported_from,
              r.rendition_sha256, rc.sha256 AS stored_rendition_sha256
       FROM revisions r JOIN documents d ON d.id = r.document_id LEFT JOIN contents c ON c.id = r.content_id LEFT JOIN content_texts t ON t.content_id = r.content_id
       LEFT JOIN imported_files i ON i.revision_id = r.id
       LEFT JOIN contents rc ON rc.id = r.rendition_content_id
       ORDER BY r.id`,
    )
    .iterate() as IterableIterator<RevisionStateRow>;
  let count = 0;
  for (const row of rows) {
    count += 1;
    const where = revisionLocation(row);
    if (!isRevisionState(row.state)) problems.add(where, `${where}: the state ${JSON.stringify(row.state)} is not a revision state Quire knows; the revisions table was rebuilt outside Quire.`);
    const expected = newExpectedRevision();
    for (const event of events.take(row.id)) applyRevisionEvent(expected, event);
    compareRevision(where, row, expected, problems);
    compareRoutes(where, routes.take(row.id), tasks.take(row.id), expected.routes, users.usernames, problems);
    compareSignatures(db, where, signatures.take(row.id), expected.signatures, users.usernames, problems);
    compareCopies(where, copies.take(row.id), expected.copies, problems);
  }
  for (const stream of [events, routes, tasks, signatures, copies]) stream.finish();
  return count;
}
