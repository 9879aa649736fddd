import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext, type CoreContext } from '../core-context';
import { labelOf, requireDocumentRow, revisionRowById } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { isCalendarDate, localDate } from './calendar-dates';
import { assertContentIntact } from './content-integrity';
import { makeEffective } from './make-effective';
import { insertSignature, prepareSignature } from './record-signature';
import { latestRevisionFor } from './workflow-revision';

/**
 * Releases a fully approved revision with the controller's signature (meaning: released). Effective
 * today, it becomes effective at once and supersedes the previous one; with a later date it waits,
 * approved, until `applyDueReleases` runs on that date. One transaction.
 */
export async function releaseRevision(ctx: CallContext, input: ParsedInput<'revisions.release'>): Promise<MethodResult<'revisions.release'>> {
  const db = ctx.vault.db;
  const { document, revision } = latestRevisionFor(db, input.number, ['release'], 'REVISION_NOT_APPROVED', 'released');
  if (revision.effective_date !== null) {
    throw new QuireError('REVISION_ALREADY_RELEASED', { number: document.number, label: labelOf(revision), effectiveDate: revision.effective_date ?? '' });
  }
  const today = localDate(ctx.now());
  const effectiveDate = input.effectiveDate ?? today;
  if (!isCalendarDate(effectiveDate)) throw new QuireError('INVALID_INPUT', { field: 'effectiveDate', problem: 'calendar-date', value: effectiveDate });
  if (effectiveDate < today) throw new QuireError('EFFECTIVE_DATE_PAST', { date: effectiveDate, today });
  assertContentIntact(db, revision);
  const prepared = await prepareSignature(ctx, document, revision, 'released', input.password, input.comment ?? null);
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const signature = insertSignature(db, prepared, null);
    statement(db, 'UPDATE revisions SET effective_date = ? WHERE id = ?').run(effectiveDate, revision.id);
    appendAuditEvent(db, actorOf(ctx), { action: 'revision.released', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), effectiveDate, signatureId: signature.id }, reason: input.comment ?? null }, now);
    const superseded = effectiveDate <= today ? makeEffective(db, actorOf(ctx), document, revision.id, effectiveDate, now) : null;
    const after = revisionRowById(db, revision.id);
    return { revision: labelOf(after), state: after.state, effectiveDate, superseded };
  });
}

/**
 * Makes effective every released revision whose effective date has come; run when a vault opens
 * and on a timer. Each document in its own transaction, recorded as done by the system.
 */
export function applyDueReleases(ctx: CoreContext): string[] {
  const db = ctx.vault.db;
  const today = localDate(ctx.now());
  const due = db
    .prepare("SELECT r.id, d.number FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.state = 'approved' AND r.effective_date IS NOT NULL AND r.effective_date <= ? ORDER BY r.id")
    .all(today) as { id: number; number: string }[];
  const system = { userId: null, username: 'system', workstation: ctx.workstation };
  return due.map((d) =>
    writeTransaction(ctx, () => {
      const revision = revisionRowById(db, d.id);
      makeEffective(db, system, requireDocumentRow(db, d.number), d.id, revision.effective_date!, ctx.now());
      return `${d.number} ${labelOf(revisionRowById(db, d.id))}`;
    }),
  );
}
