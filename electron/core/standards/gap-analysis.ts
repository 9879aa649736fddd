import type Database from 'better-sqlite3';
import type { GapAnalysis, GapStatus } from '../../../shared/contract';
import { revisionLabel } from '../documents/revision-labels';
import { documentControlFindings } from './document-control-findings';
import { clauseOf, clauseWithin } from './standards';
import type { Standard } from './standard-schema';

type Coverage = GapAnalysis['items'][number]['documents'][number];

interface MappedDocument {
  clause: string;
  number: string;
  title: string;
  effective_label: string | null;
  next_review_date: string | null;
  pending_label: string | null;
  pending_draft: number | null;
  pending_state: string | null;
}

// The revisions that are on their way to being in force: a draft, one in review or approval, or approved and awaiting its date.
const pendingStates = `('draft', 'in_review', 'in_approval', 'approved')`;

/** How one mapped document counts for an item: in force, in force but past its review, only on its way, or not at all (obsolete or cancelled). */
function coverageOf(row: MappedDocument, today: string): Coverage | null {
  if (row.effective_label !== null) {
    const overdue = row.next_review_date !== null && row.next_review_date < today;
    return { number: row.number, title: row.title, revision: row.effective_label, coverage: overdue ? 'review-overdue' : 'in-force', mappedTo: row.clause };
  }
  if (row.pending_label !== null) return { number: row.number, title: row.title, revision: revisionLabel(row.pending_label, row.pending_draft ?? 0, row.pending_state as never), coverage: 'in-preparation', mappedTo: row.clause };
  return null;
}

const rank: Record<Coverage['coverage'], number> = { 'in-force': 0, 'review-overdue': 1, 'in-preparation': 2 };

function statusOf(documents: Coverage[]): GapStatus {
  if (documents.some((d) => d.coverage === 'in-force')) return 'covered';
  if (documents.some((d) => d.coverage === 'review-overdue')) return 'review-overdue';
  if (documents.some((d) => d.coverage === 'in-preparation')) return 'draft-only';
  return 'missing';
}

/**
 * Each documented information the standard requires, with the active documents mapped to its clause
 * (or to a sub-clause of it) and how they stand today; then the document-control findings. Reads only.
 */
export function gapAnalysis(db: Database.Database, standard: Standard, today: string, now: Date): Omit<GapAnalysis, 'pdf'> {
  const mapped = db
    .prepare(
      `SELECT dc.clause, d.number, d.title,
              e.major_label AS effective_label, e.next_review_date,
              p.major_label AS pending_label, p.draft_number AS pending_draft, p.state AS pending_state
       FROM document_clauses dc JOIN documents d ON d.id = dc.document_id
       LEFT JOIN revisions e ON e.document_id = d.id AND e.state = 'effective'
       LEFT JOIN revisions p ON p.id = (SELECT max(x.id) FROM revisions x WHERE x.document_id = d.id AND x.state IN ${pendingStates})
       WHERE dc.standard = ? AND d.status = 'active'
       ORDER BY d.number`,
    )
    .all(standard.id) as MappedDocument[];
  const items = standard.requiredInformation.map((item) => {
    const documents = mapped
      .filter((row) => clauseWithin(row.clause, item.clause))
      .map((row) => coverageOf(row, today))
      .filter((c): c is Coverage => c !== null)
      .sort((a, b) => rank[a.coverage] - rank[b.coverage] || a.number.localeCompare(b.number))
      // A document mapped to two sub-clauses of the item counts once, by its best standing.
      .filter((c, index, all) => all.findIndex((o) => o.number === c.number) === index);
    return { id: item.id, clause: item.clause, clauseTitle: clauseOf(standard, item.clause).title, kind: item.kind, what: item.what, status: statusOf(documents), documents };
  });
  const count = (status: GapStatus) => items.filter((i) => i.status === status).length;
  return {
    standard: standard.id,
    standardName: standard.name,
    today,
    generatedAt: now.toISOString(),
    items,
    summary: { covered: count('covered'), draftOnly: count('draft-only'), reviewOverdue: count('review-overdue'), missing: count('missing') },
    findings: documentControlFindings(db, today),
  };
}
