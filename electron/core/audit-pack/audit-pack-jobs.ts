import { statSync } from 'node:fs';
import path from 'node:path';
import type { AuditPackProgress, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { toQuireError } from '../api/to-quire-error';
import { currentAuditHead } from '../audit/audit-head';
import type { CallContext } from '../core-context';
import { requireDocumentRow } from '../documents/document-queries';
import { VaultJobs } from '../jobs/vault-jobs';
import { statement } from '../vault/statements';
import { unlockSigner } from '../workflow/record-signature';
import { auditPackSections } from './sections';
import { AuditPackCancelled, writeAuditPack, type AuditPackCounters } from './write-audit-pack';

interface AuditPackJob {
  id: string;
  startedAt: number;
  phase: AuditPackProgress['phase'];
  counters: AuditPackCounters;
  cancelRequested: boolean;
  result: AuditPackProgress['result'];
  error: AuditPackProgress['error'];
  done: Promise<void>;
}

// Per open vault: one pack at a time (it reads the whole vault; two at once would only halve each).
const packJobs = new VaultJobs<AuditPackJob>('audit-pack', (jobId) => new QuireError('AUDIT_PACK_JOB_NOT_FOUND', { jobId }));

function progressOf(job: AuditPackJob): AuditPackProgress {
  return { jobId: job.id, phase: job.phase, ...job.counters, elapsedMs: Date.now() - job.startedAt, result: job.result, error: job.error };
}

/**
 * Starts writing an evidence pack as a job and returns its id at once; the caller polls
 * `auditPackProgress`. The destination, the documents and the password (which unlocks the signing key)
 * are checked first, so a mistake fails the call itself.
 */
export async function startAuditPack(ctx: CallContext, input: ParsedInput<'auditPack.start'>): Promise<{ jobId: string }> {
  if (packJobs.all(ctx.vault).some((j) => j.phase === 'running')) throw new QuireError('AUDIT_PACK_ALREADY_RUNNING');
  const target = path.resolve(input.destination);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new QuireError('EXPORT_DESTINATION_UNWRITABLE', { path: target, folder: path.dirname(target), problem: 'folder-in-way' });
  if (!statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) throw new QuireError('EXPORT_DESTINATION_UNWRITABLE', { path: target, folder: path.dirname(target), problem: 'no-folder' });
  const chosen = input.documents?.map((number) => requireDocumentRow(ctx.vault.db, number));
  const signer = await unlockSigner(ctx, input.password, 'signature (audit-pack)');
  const publicKeyPem = statement<[number], string>(ctx.vault.db, 'SELECT public_key_pem FROM signing_keys WHERE id = ?').pluck().get(signer.key.id)!;
  const job = packJobs.add(ctx.vault, (id): AuditPackJob => ({
    id,
    startedAt: Date.now(),
    phase: 'running',
    counters: { section: null, sectionsDone: 0, sectionsTotal: auditPackSections.length, filesWritten: 0 },
    cancelRequested: false,
    result: null,
    error: null,
    done: Promise.resolve(),
  }));
  const plan = {
    target,
    from: input.from,
    to: input.to,
    documents: chosen ? { ids: new Set(chosen.map((d) => d.id)), numbers: chosen.map((d) => d.number) } : null,
    chainHead: currentAuditHead(ctx.vault.db),
    signer,
    publicKeyPem,
  };
  job.done = writeAuditPack(ctx, plan, auditPackSections, job.counters, () => job.cancelRequested).then(
    (result) => {
      job.result = result;
      job.phase = 'finished';
    },
    (error: unknown) => {
      if (error instanceof AuditPackCancelled) {
        job.phase = 'cancelled';
        return;
      }
      const failure = toQuireError(error);
      job.error = { code: failure.code, message: failure.message, params: { ...(failure.params as object) } };
      job.phase = 'failed';
    },
  );
  return { jobId: job.id };
}

/** Where the job stands; the saved file once it has finished. */
export function auditPackProgress(ctx: CallContext, jobId: string): AuditPackProgress {
  return progressOf(packJobs.require(ctx.vault, jobId));
}

/** Asks the job to stop at the next file; the partial pack is removed and nothing is recorded. */
export function cancelAuditPack(ctx: CallContext, jobId: string): AuditPackProgress {
  const job = packJobs.require(ctx.vault, jobId);
  if (job.phase === 'running') job.cancelRequested = true;
  return progressOf(job);
}

/** Resolves when the job has ended (hosts that close the vault wait for it). */
export function auditPackJobEnded(ctx: CallContext, jobId: string): Promise<void> {
  return packJobs.require(ctx.vault, jobId).done;
}
