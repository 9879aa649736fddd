import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput, PrintResult } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { currentAuditHead } from '../audit/audit-head';
import { appendAuditEvent } from '../audit/append-audit-event';
import { crashWindow } from '../files/crash-window';
import { settleLeftovers } from '../files/staged-file';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, requireRevisionByLabel, revisionRowById, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import type { CopyDesignation } from '../pdf/stamp-spec';
import { localTimeZoneAt } from '../signatures';
import { statement } from '../vault/statements';
import { nextCopyNumber, requireControlledCopy, type ControlledCopyRow } from './copy-register';
import { printedStateOf, printStampSpec } from './print-stamp-spec';
import { printRecorded } from './print-recorded';
import { newVerificationCode } from './verification-code';
import { fileSystemProblem, stagePrintFile, type StagedPrint } from './write-print-file';
import { actStates } from '../../../shared/lifecycle';

type PrintInput = ParsedInput<'prints.print'>;

const defaultLocation = 'Not stated';

/** Two prints took the same copy number at once; the later one stamps again with the next number. */
class CopyNumberTaken extends Error {}

function revisionToPrint(ctx: CallContext, document: DocumentRow, input: PrintInput): RevisionRow {
  if (input.label) return requireRevisionByLabel(ctx.vault.db, document, input.label);
  const revisions = revisionRows(ctx.vault.db, document.id);
  // Without a label: the effective revision, which is what the shop floor works to; else the newest.
  const chosen = revisions.findLast((r) => r.state === 'effective') ?? revisions.at(-1);
  if (!chosen) throw new QuireError('REVISION_NOT_FOUND', { number: document.number, nothingToPrint: true });
  return chosen;
}

function requireControlledPrintRights(ctx: CallContext): void {
  if (rolesAllow(ctx.user.roles, 'prints.controlled')) return;
  writeTransaction(ctx, () =>
    appendAuditEvent(ctx.vault.db, actorOf(ctx), { action: 'access.denied', entityType: 'method', entityId: 'prints.print', newValue: { needs: 'prints.controlled', roles: ctx.user.roles, mode: 'controlled' } }, ctx.now()),
  );
  throw new QuireError('PERMISSION_DENIED', { reason: 'permission', username: ctx.user.username, roles: ctx.user.roles, permission: 'prints.controlled' });
}

function requireEffective(document: DocumentRow, revision: RevisionRow): void {
  if (!actStates('printControlled').includes(revision.state)) {
    throw new QuireError('CONTROLLED_COPY_NOT_EFFECTIVE', { number: document.number, label: labelOf(revision), state: revision.state });
  }
}

function requireReprintable(document: DocumentRow, revision: RevisionRow, copy: ControlledCopyRow): void {
  if (copy.status === 'returned' || copy.status === 'destroyed') {
    throw new QuireError('COPY_RECALLED', { number: document.number, copyNumber: copy.copy_number, status: copy.status, recalledOn: copy.recalled_at?.slice(0, 10), act: 'reprint' });
  }
  if (copy.revision_id !== revision.id) {
    throw new QuireError('CONTROLLED_COPY_NOT_EFFECTIVE', { number: document.number, copyNumber: copy.copy_number, copyLabel: labelOf(copy), copyState: copy.state, effectiveLabel: labelOf(revision) });
  }
}

/** Re-reads, inside the write transaction, what was checked before stamping: the vault may have moved on. */
function recheckInTransaction(ctx: CallContext, document: DocumentRow, revision: RevisionRow, input: PrintInput, copyNumber: number | null): void {
  if (input.mode !== 'controlled') return;
  requireEffective(document, revisionRowById(ctx.vault.db, revision.id));
  if (input.reprintOf !== undefined) requireReprintable(document, revision, requireControlledCopy(ctx.vault.db, document, input.reprintOf));
  else if (nextCopyNumber(ctx.vault.db, document.id) !== copyNumber) throw new CopyNumberTaken();
}

/**
 * Prints a revision to a PDF file: a controlled copy (only of the effective revision; numbered, issued
 * to a copyholder and entered in the register; or a REPRINT of an issued copy) or an uncontrolled copy
 * of any revision, watermarked for its state. The file is stamped, written beside the destination and
 * read back; the transaction records the print, the copy and their audit events, and only after it has
 * committed is the file renamed into place: a print file never exists without its record. A process
 * killed between the two leaves the staged file, which the next print into that folder publishes (its
 * verification code is recorded) or deletes (it is not).
 */
export async function printRevision(ctx: CallContext, input: PrintInput): Promise<PrintResult> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const revision = revisionToPrint(ctx, document, input);
  requireVisibleRevision(ctx, document, revision);
  let reprinted: ControlledCopyRow | null = null;
  if (input.mode === 'controlled') {
    requireControlledPrintRights(ctx);
    requireEffective(document, revision);
    if (input.reprintOf !== undefined) {
      reprinted = requireControlledCopy(db, document, input.reprintOf);
      requireReprintable(document, revision, reprinted);
    } else if (!input.copyholder) {
      throw new QuireError('COPYHOLDER_REQUIRED');
    }
  } else if (input.reprintOf !== undefined) {
    throw new QuireError('INVALID_INPUT', { problem: 'reprint-not-controlled' });
  }
  // Loaded on first print: renditions and stamping pull in pdf-lib, the fonts and the QR encoder.
  const [{ ensureRendition }, { stampPdf }] = await Promise.all([import('./ensure-rendition'), import('../pdf/stamp-pdf')]);
  const { rendition, bytes } = await ensureRendition(ctx, document, revision);
  settleLeftovers(path.dirname(path.resolve(input.destination)), 'print', (_target, code) => printRecorded(db, code));

  for (let attempt = 1; ; attempt++) {
    const printedAt = ctx.now();
    const verificationCode = newVerificationCode();
    const copyNumber = input.mode === 'uncontrolled' ? null : (reprinted?.copy_number ?? nextCopyNumber(db, document.id));
    const copyholder = reprinted?.copyholder ?? input.copyholder ?? null;
    const location = reprinted?.location ?? input.location ?? (copyNumber === null ? null : defaultLocation);
    const copy: CopyDesignation =
      copyNumber === null
        ? { kind: 'uncontrolled', printedBy: `${ctx.user.fullName} (${ctx.user.username})` }
        : { kind: 'controlled', copyNumber, copyholder: copyholder!, location: location!, reprint: reprinted !== null };
    const printed = await stampPdf(bytes, printStampSpec(db, document, revision, { copy, verificationCode, printedAt, timeZone: localTimeZoneAt(printedAt).timeZone }));
    const staged = stagePrintFile(input.destination, printed.bytes, verificationCode);
    crashWindow.reached('print:staged');
    const kind = copyNumber === null ? 'uncontrolled' : reprinted ? 'reprint' : 'controlled';
    const result: PrintResult = {
      path: staged.target,
      document: document.number,
      revision: labelOf(revision),
      revisionState: printedStateOf(revision),
      kind,
      copyNumber,
      copyholder,
      location,
      verificationCode,
      printedAt: printedAt.toISOString(),
      pages: printed.pageCount,
      sourcePages: printed.sourcePageCount,
      manifestPages: printed.manifestPageCount,
      mode: printed.mode,
      coverSheetReason: printed.coverSheetReason,
      activeContentRemoved: printed.activeContentRemoved,
      rendition: { kind: rendition.kind, tool: rendition.tool, sha256: rendition.sha256, fonts: rendition.fonts, toolComparison: rendition.toolComparison },
      outputSha256: staged.sha256,
    };
    try {
      writeTransaction(ctx, () => {
        recheckInTransaction(ctx, document, revision, input, copyNumber);
        const copyId = recordCopy(ctx, document, revision, result, reprinted);
        recordPrint(ctx, revision, result, copyId, localTimeZoneAt(printedAt).timeZone);
      });
    } catch (error) {
      rmSync(staged.temp, { force: true });
      if (error instanceof CopyNumberTaken && attempt < 5) continue;
      if (error instanceof CopyNumberTaken) throw new QuireError('VAULT_BUSY', { race: 'copy-numbers' });
      throw error;
    }
    crashWindow.reached('print:recorded');
    publishPrint(staged, result);
    return result;
  }
}

// Record first, then publish: a rename that fails now leaves a recorded copy without its file, which a reprint replaces.
function publishPrint(staged: StagedPrint, result: PrintResult): void {
  try {
    renameSync(staged.temp, staged.target);
  } catch (error) {
    rmSync(staged.temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new QuireError(
      'PRINT_DESTINATION_UNWRITABLE',
      { path: staged.target, folder: path.dirname(staged.target), problem: fileSystemProblem(code), stage: 'publish', copyNumber: result.copyNumber, verificationCode: result.verificationCode },
      { code, cause: (error as Error).message },
    );
  }
}

function recordCopy(ctx: CallContext, document: DocumentRow, revision: RevisionRow, result: PrintResult, reprinted: ControlledCopyRow | null): number | null {
  if (result.copyNumber === null) return null;
  if (reprinted) return reprinted.id;
  const now = ctx.now();
  const { lastInsertRowid } = statement(
    ctx.vault.db,
    `INSERT INTO controlled_copies (document_id, revision_id, copy_number, copyholder, location, issued_by, issued_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'issued')`,
  ).run(document.id, revision.id, result.copyNumber, result.copyholder, result.location, ctx.user.id, result.printedAt);
  appendAuditEvent(ctx.vault.db, actorOf(ctx), {
    action: 'revision.copy_issued',
    entityType: 'revision',
    entityId: revision.id,
    newValue: { document: document.number, label: result.revision, copyNumber: result.copyNumber, copyholder: result.copyholder, location: result.location, status: 'issued' },
  }, now);
  return Number(lastInsertRowid);
}

function recordPrint(ctx: CallContext, revision: RevisionRow, result: PrintResult, copyId: number | null, timeZone: string): void {
  // The chain head as the print is made: a witness of the trail that `quire verify --against <code>` checks later.
  const head = currentAuditHead(ctx.vault.db);
  statement(
    ctx.vault.db,
    `INSERT INTO prints (revision_id, kind, copy_id, verification_code, printed_by, printed_at, time_zone, revision_state, rendition_sha256,
                         pages, source_pages, manifest_pages, mode, output_sha256, audit_head_id, audit_head_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(revision.id, result.kind, copyId, result.verificationCode, ctx.user.id, result.printedAt, timeZone, result.revisionState, result.rendition.sha256, result.pages, result.sourcePages, result.manifestPages, result.mode, result.outputSha256, head?.eventId ?? null, head?.hash ?? null);
  appendAuditEvent(ctx.vault.db, actorOf(ctx), {
    action: 'revision.printed',
    entityType: 'revision',
    entityId: revision.id,
    newValue: {
      document: result.document,
      label: result.revision,
      kind: result.kind,
      copyNumber: result.copyNumber,
      copyholder: result.copyholder,
      location: result.location,
      printedState: result.revisionState,
      verificationCode: result.verificationCode,
      pages: result.pages,
      sourcePages: result.sourcePages,
      manifestPages: result.manifestPages,
      mode: result.mode,
      coverSheetReason: result.coverSheetReason,
      activeContentRemoved: result.activeContentRemoved,
      renditionSha256: result.rendition.sha256,
      outputSha256: result.outputSha256,
      file: result.path,
    },
  }, ctx.now());
}
