import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { ChainPoint } from '../audit/audit-head';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { fileSystemProblem } from '../prints/write-print-file';
import { readVaultSettings } from '../vault/vault-settings';
import { localDate } from '../workflow/calendar-dates';
import type { UnlockedSigner } from '../workflow/record-signature';
import type { AuditPackSection, PackScope } from './audit-pack-section';
import { packIndexHtml, type IndexSection } from './pack-index-html';
import { manifestBytes, packManifest, packProofFiles, signPackManifest } from './pack-manifest';
import { PackWriter } from './pack-writer';

export interface AuditPackPlan {
  target: string;
  from: string | undefined;
  to: string | undefined;
  /** The chosen documents (ids and numbers as the vault spells them), or null for all. */
  documents: { ids: Set<number>; numbers: string[] } | null;
  chainHead: ChainPoint | null;
  signer: UnlockedSigner;
  publicKeyPem: string;
}

export interface AuditPackCounters {
  section: string | null;
  sectionsDone: number;
  sectionsTotal: number;
  filesWritten: number;
}

export interface AuditPackResult {
  path: string;
  bytes: number;
  sha256: string;
  files: number;
  chainHead: string;
}

/** Thrown inside the writer when the job is cancelled; the partial file is removed. */
export class AuditPackCancelled extends Error {}

async function sha256OfFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * Writes the evidence pack: each section's files, the index page, SHA256SUMS, then manifest.json signed
 * with the exporter's key. Reads the vault only; once the ZIP is whole and hashed, one audit event records
 * who exported it and its SHA-256, and only then does the file appear under its name (record, then publish).
 */
export async function writeAuditPack(ctx: CallContext, plan: AuditPackPlan, sections: readonly AuditPackSection[], counters: AuditPackCounters, cancelled: () => boolean): Promise<AuditPackResult> {
  const now = ctx.now();
  const temp = path.join(path.dirname(plan.target), `.${path.basename(plan.target)}.${randomBytes(6).toString('hex')}.part`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new QuireError('EXPORT_DESTINATION_UNWRITABLE', { path: plan.target, folder: path.dirname(plan.target), problem: fileSystemProblem(code) }, { code });
  }
  try {
    const pack = new PackWriter(fd, now);
    const scope: PackScope = {
      ctx,
      db: ctx.vault.db,
      from: plan.from,
      to: plan.to,
      documentIds: plan.documents?.ids ?? null,
      chainHead: plan.chainHead,
      generatedBy: `${ctx.user.fullName} (${ctx.user.username})`,
      now,
      today: localDate(now),
      cancelled,
    };
    const index: IndexSection[] = [];
    counters.sectionsTotal = sections.length;
    for (const section of sections) {
      counters.section = section.title;
      const links = await section.write(scope, pack);
      if (cancelled()) throw new AuditPackCancelled();
      index.push({ title: section.title, description: section.description, links });
      counters.sectionsDone += 1;
      counters.filesWritten = pack.files.length;
    }
    counters.section = 'Manifest and signature';
    const heading = packManifest({
      vaultId: readVaultSettings(ctx.vault.db).vaultId,
      chainHead: plan.chainHead,
      exportedAtUtc: now.toISOString(),
      exportedBy: { username: plan.signer.username, printedName: plan.signer.fullName, keyId: plan.signer.key.key_id },
      period: { from: plan.from ?? null, to: plan.to ?? null },
      documents: plan.documents?.numbers ?? null,
      files: [],
    });
    await pack.add('index.html', packIndexHtml(heading, index));
    await pack.add('SHA256SUMS', pack.files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
    const manifest = { ...heading, files: [...pack.files] };
    await pack.add(packProofFiles.manifest, manifestBytes(manifest));
    await pack.add(packProofFiles.signature, `${signPackManifest(manifest, plan.signer.privateKey)}\n`);
    await pack.add(packProofFiles.publicKey, plan.publicKeyPem);
    pack.end();
    closeSync(fd);
    fd = -1;
    const whole = await sha256OfFile(temp);
    const chainHead = plan.chainHead ? `${plan.chainHead.eventId}:${plan.chainHead.hash}` : 'none';
    writeTransaction(ctx, () => {
      appendAuditEvent(
        ctx.vault.db,
        actorOf(ctx),
        {
          action: 'audit_pack.exported',
          entityType: 'vault',
          entityId: heading.vaultId,
          newValue: { fileName: path.basename(plan.target), sha256: whole.sha256, bytes: whole.bytes, files: manifest.files.length, chainHead, from: plan.from ?? null, to: plan.to ?? null, documents: plan.documents?.numbers ?? null, keyId: plan.signer.key.key_id },
        },
        ctx.now(),
      );
    });
    renameSync(temp, plan.target);
    counters.section = null;
    counters.filesWritten = pack.files.length;
    return { path: plan.target, bytes: whole.bytes, sha256: whole.sha256, files: manifest.files.length, chainHead };
  } catch (error) {
    if (fd >= 0) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
