import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import type { PreparedImport } from '../content/prepare-import';
import { changeRevisionState } from '../documents/change-revision-state';
import { allocateDocumentNumber } from '../documents/document-number';
import { labelOf, requireDocumentRow, revisionRowById, type DocumentRow } from '../documents/document-queries';
import { insertDocumentRecord } from '../documents/insert-document-record';
import { insertDraftRevision } from '../documents/insert-revision';
import { statement } from '../vault/statements';
import { addMonths } from '../workflow/calendar-dates';
import { supersedeRevision } from '../workflow/make-effective';
import { insertSignature, signForRevision, type UnlockedSigner } from '../workflow/record-signature';
import type { PlannedDocument } from './plan-import';

/** The statement the importing controller signs for each released revision: fixed record wording, never translated. */
export const importAttestation = 'Approved under the previous system; imported with its recorded revision history.';

interface DocumentTypeRow {
  code: string;
  numbering_pattern: string;
  review_interval_months: number;
  retention_years: number;
}

export interface ImportedDocument {
  number: string;
  revisions: { label: string; state: string; path: string }[];
}

/** A revision's file, read and hashed, and where it was found. */
export interface ImportedFile {
  prepared: PreparedImport;
  /** Absolute path when imported: with the SHA-256, what a later run recognises. */
  sourcePath: string;
}

/** Registers a planned document that is not in the register yet, with its registering event. */
function registerImportedDocument(db: Database.Database, actor: Actor, signer: UnlockedSigner, plan: PlannedDocument, now: Date): DocumentRow {
  const type = statement<[string], DocumentTypeRow>(db, 'SELECT * FROM document_types WHERE code = ?').get(plan.type)!;
  let number = plan.number;
  if (number && statement<[string], { id: number }>(db, 'SELECT id FROM documents WHERE number = ?').get(number)) throw new QuireError('DOCUMENT_NUMBER_TAKEN', { number });
  number ??= allocateDocumentNumber(db, type.numbering_pattern, { type: type.code, department: plan.department, year: now.getUTCFullYear() });
  return insertDocumentRecord(db, actor, {
    number,
    title: plan.title,
    type: type.code,
    department: plan.department,
    ownerId: plan.ownerId ?? signer.userId,
    reviewIntervalMonths: plan.reviewIntervalMonths ?? type.review_interval_months,
    retentionYears: type.retention_years,
    external: plan.externalSource ? { source: plan.externalSource } : null,
    importedFrom: plan.importedFrom,
  }, now);
}

/**
 * Writes one planned document with its whole history, inside the caller's transaction: the document
 * record, each revision's content and text (stored and indexed like any import), its state — a
 * released revision with the controller's signed attestation (meaning `import-attested`), never a
 * Quire approval — and where each file came from, every step with its audit event. With `existing`, the
 * revisions are appended to that document already in the register (checked by nextRevisionsOf).
 */
export function writeImportedDocument(db: Database.Database, actor: Actor, signer: UnlockedSigner, plan: PlannedDocument, files: ImportedFile[], now: Date, existing: DocumentRow | null = null): ImportedDocument {
  const document = existing ? requireDocumentRow(db, existing.number) : registerImportedDocument(db, actor, signer, plan, now);
  const { number, id: documentId } = document;
  const reviewIntervalMonths = document.review_interval_months;
  const written: ImportedDocument = { number, revisions: [] };
  plan.revisions.forEach((planned, i) => {
    const file = files[i]!;
    const revisionId = insertDraftRevision(db, actor, {
      documentId,
      documentNumber: number,
      majorLabel: planned.label,
      draftNumber: 1,
      authorId: signer.userId,
      changeSummary: `Imported from ${planned.row.file.relativePath}`,
    }, file.prepared, now);
    let signatureId: number | null = null;
    const effectiveDate = planned.row.effectiveDate;
    if (planned.state !== 'draft') {
      const previous = statement<[number], { id: number }>(db, "SELECT id FROM revisions WHERE document_id = ? AND state = 'effective'").get(documentId);
      if (previous) supersedeRevision(db, actor, document, previous.id, now);
      changeRevisionState(db, revisionId, 'importReleased');
      statement(db, 'UPDATE revisions SET effective_date = ?, approved_at = ?, next_review_date = ? WHERE id = ?').run(
        effectiveDate,
        now.toISOString(),
        effectiveDate ? addMonths(effectiveDate, reviewIntervalMonths) : null,
        revisionId,
      );
    }
    const revision = revisionRowById(db, revisionId);
    if (planned.state !== 'draft') signatureId = insertSignature(db, signForRevision(db, signer, document, revision, 'import-attested', importAttestation, now), null).id;
    statement(db, 'INSERT INTO imported_files (revision_id, source_path, source_sha256, imported_at) VALUES (?, ?, ?, ?)').run(revisionId, file.sourcePath, file.prepared.sha256, now.toISOString());
    appendAuditEvent(db, actor, {
      action: 'revision.imported',
      entityType: 'revision',
      entityId: revisionId,
      oldValue: { state: 'draft' },
      newValue: {
        document: number,
        label: labelOf(revision),
        state: revision.state,
        effectiveDate: revision.effective_date,
        sourcePath: file.sourcePath,
        sourceSha256: file.prepared.sha256,
        ...(planned.row.line !== null ? { sheetLine: planned.row.line } : {}),
        ...(signatureId !== null ? { signatureId, attestation: importAttestation } : {}),
      },
    }, now);
  });
  // A revision the sheet calls superseded that nothing newer replaced (the whole document was superseded).
  for (const [i, planned] of plan.revisions.entries()) {
    const revisionId = statement<[number, string], { id: number; state: string }>(db, 'SELECT id, state FROM revisions WHERE document_id = ? AND major_label = ? ORDER BY id DESC LIMIT 1').get(documentId, planned.label)!;
    if (planned.state === 'superseded' && revisionId.state === 'effective') supersedeRevision(db, actor, document, revisionId.id, now);
    const after = revisionRowById(db, revisionId.id);
    written.revisions.push({ label: labelOf(after), state: after.state, path: plan.revisions[i]!.row.file.relativePath });
  }
  return written;
}
