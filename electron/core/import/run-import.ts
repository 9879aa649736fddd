import { statSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/contract/import-methods';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { crashWindow } from '../files/crash-window';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import type { UnlockedSigner } from '../workflow/record-signature';
import { emptyImportReport, type ImportCounters } from './import-report';
import { ImportWorkerPool } from './import-worker-pool';
import { planImport, type PlannedDocument } from './plan-import';
import type { ImportFileOutcome } from './prepare-import-file';
import { readMetadataSheet } from './read-metadata-sheet';
import { walkImportFolder } from './walk-import-folder';
import { writeImportedDocument, type ImportedFile } from './write-imported-document';
import { nextRevisionsOf } from './append-to-document';
import { documentByNumber, type DocumentRow } from '../documents/document-queries';

export interface ImportRequest {
  folder: string;
  metadata?: string | undefined;
  type?: string | undefined;
  department?: string | undefined;
}

/** How a run reports and is stopped: the job keeps the counters; `cancelled` is read between batches. */
export interface ImportControl {
  counters: ImportCounters;
  cancelled: () => boolean;
  /** The signer for a real run; a dry run (null) reads no text and writes nothing. */
  signer: UnlockedSigner | null;
  pool?: ImportWorkerPool;
}

// A batch is written in one transaction: big enough that commits (and their fsync) are few, small
// enough that what is held in memory and what a killed run redoes stay small.
const batchFiles = 64;
const batchBytes = 32 * 1024 * 1024;

function batchesOf(documents: PlannedDocument[]): PlannedDocument[][] {
  const batches: PlannedDocument[][] = [];
  let current: PlannedDocument[] = [];
  let files = 0;
  let bytes = 0;
  for (const document of documents) {
    current.push(document);
    files += document.revisions.length;
    bytes += document.revisions.reduce((sum, r) => sum + r.row.file.size, 0);
    if (files >= batchFiles || bytes >= batchBytes) {
      batches.push(current);
      current = [];
      files = 0;
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** SHA-256s an earlier import stored per absolute path below the folder. */
function knownImports(ctx: CallContext, root: string): Map<string, string[]> {
  const known = new Map<string, string[]>();
  const rows = ctx.vault.db.prepare("SELECT source_path, source_sha256 FROM imported_files WHERE substr(source_path, 1, length(?)) = ?").iterate(root + path.sep, root + path.sep) as IterableIterator<{ source_path: string; source_sha256: string }>;
  for (const row of rows) known.set(row.source_path, [...(known.get(row.source_path) ?? []), row.source_sha256]);
  return known;
}

type Prepared = { document: PlannedDocument; outcomes: ImportFileOutcome[] };

/**
 * Imports (or, without a signer, plans) a folder: walks it, reads the sheet, plans the documents, then
 * prepares their files on worker threads a batch ahead while the previous batch is written in one
 * transaction with its audit events. A document whose file fails is reported and left out whole; a
 * file whose path and SHA-256 an earlier run stored is recognised and skipped, so a re-run adds nothing
 * and a killed run resumes. Cancelling stops after the batch being written.
 */
export async function runImport(ctx: CallContext, request: ImportRequest, control: ImportControl): Promise<ImportReport> {
  // Started first: the workers start up while the folder is walked and the sheet read.
  const pool = control.pool ?? new ImportWorkerPool();
  try {
    return await importWith(pool, ctx, request, control);
  } finally {
    if (!control.pool) await pool.close();
  }
}

async function importWith(pool: ImportWorkerPool, ctx: CallContext, request: ImportRequest, control: ImportControl): Promise<ImportReport> {
  const db = ctx.vault.db;
  let walk;
  try {
    if (!statSync(request.folder).isDirectory()) throw new Error('not a folder');
    walk = walkImportFolder(request.folder);
  } catch {
    throw new QuireError('IMPORT_FOLDER_NOT_FOUND', { path: request.folder });
  }
  const sheet = request.metadata ? await readMetadataSheet(request.metadata) : null;
  const settings = readVaultSettings(db);
  const { documents, findings } = planImport(db, walk, sheet, { type: request.type ?? null, department: request.department ?? null }, settings.revisionLabelScheme);
  const report = emptyImportReport(control.signer === null, walk.root, sheet?.fileName ?? null);
  report.skipped = walk.skipped.map((s) => ({ path: s.relativePath, reason: s.reason }));
  report.rowsWithoutFile = findings.rowsWithoutFile;
  report.filesWithoutRow = findings.filesWithoutRow;
  report.clashes = [...findings.clashes];
  report.unreadable = findings.refused.map((r) => ({ path: r.path, number: r.number, line: r.line, reason: r.reason }));
  for (const d of findings.duplicateRows) report.duplicates.push({ path: `${d.path} (sheet line ${d.line})`, sameAs: `sheet line ${d.sameAs}` });

  const counters = control.counters;
  counters.filesTotal = documents.reduce((n, d) => n + d.revisions.length, 0);
  counters.bytesTotal = documents.reduce((n, d) => n + d.revisions.reduce((m, r) => m + r.row.file.size, 0), 0);
  counters.phase = 'importing';
  const known = knownImports(ctx, walk.root);
  // Each document is written under a savepoint of its own: SQLite journals the pages a savepoint changes in a
  // temporary file unless told to keep them in memory, and that file's writes cost an import of small files
  // a tenth of its time. What it holds is bounded by one batch.
  db.pragma('temp_store = MEMORY');
  const seen = new Map<string, string>();
  // Through contents' unique index first: most files are new, and revisions have no index by content.
  const storedContentId = statement<[string], { id: number }>(db, 'SELECT id FROM contents WHERE sha256 = ?');
  const revisionWithContent = statement<[number], { number: string; label: string }>(
    db,
    'SELECT d.number, r.major_label AS label FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.content_id = ? LIMIT 1',
  );
  const storedRevisionWith = (sha256: string) => {
    const content = storedContentId.get(sha256);
    return content ? revisionWithContent.get(content.id) : undefined;
  };

  const prepare = (batch: PlannedDocument[]): Promise<Prepared[]> =>
    Promise.all(
      batch.map(async (document) => ({
        document,
        outcomes: await Promise.all(
          document.revisions.map(async (r) => {
            const outcome = await pool.run({ path: r.row.file.path, maxContentBytes: settings.maxContentBytes, extractText: control.signer !== null, knownSha256: known.get(r.row.file.path) ?? [] });
            counters.filesDone += 1;
            counters.bytesDone += r.row.file.size;
            return outcome;
          }),
        ),
      })),
    );

  /** Decides what becomes of one prepared document; returns its files when it is to be written. */
  const decide = ({ document, outcomes }: Prepared): { document: PlannedDocument; files: ImportedFile[]; existing: DocumentRow | null } | null => {
    const paths = document.revisions.map((r) => r.row.file.relativePath);
    const failed = outcomes.flatMap((o, i) => (o.kind === 'failed' ? [{ path: paths[i]!, line: document.revisions[i]!.row.line, reason: o.reason }] : []));
    if (failed.length > 0) {
      for (const f of failed) report.unreadable.push({ path: f.path, number: document.number, line: f.line, reason: f.reason });
      counters.filesFailed += failed.length;
      return null;
    }
    const known = outcomes.flatMap((o, i) => (o.kind === 'already-imported' ? [i] : []));
    if (known.length === outcomes.length) {
      for (const p of paths) report.alreadyImported.push({ path: p, number: document.number });
      return null;
    }
    // A number already in the register: these files are its next revisions, or a clash.
    const existing = document.number ? documentByNumber(db, document.number) : undefined;
    let revisions = document.revisions;
    if (existing) {
      const fresh = outcomes.flatMap((o, i) => (o.kind === 'already-imported' ? [] : [i]));
      const next = nextRevisionsOf(db, existing, document, fresh.map((i) => document.revisions[i]!), settings.revisionLabelScheme);
      if ('clash' in next) {
        report.clashes.push({ number: existing.number, paths: fresh.map((i) => paths[i]!), reason: next.clash });
        return null;
      }
      for (const i of known) report.alreadyImported.push({ path: paths[i]!, number: document.number });
      revisions = document.revisions.map((r) => r);
      fresh.forEach((i, k) => (revisions[i] = next.revisions[k]!));
    } else if (known.length > 0) {
      report.clashes.push({ number: document.number ?? '', paths, reason: 'the number is already in the register' });
      return null;
    }
    const kept: { index: number; file: ImportedFile }[] = [];
    outcomes.forEach((o, i) => {
      if (o.kind !== 'prepared') return;
      const sha256 = o.prepared.sha256;
      const stored = storedRevisionWith(sha256);
      const sameAs = seen.get(sha256) ?? (stored ? `${stored.number} revision ${stored.label} in the vault` : undefined);
      if (sameAs) report.duplicates.push({ path: paths[i]!, sameAs });
      else {
        seen.set(sha256, paths[i]!);
        // The worker's bytes arrive as a Uint8Array: viewed as a Buffer, not copied.
        const bytes = o.prepared.bytes ? Buffer.from(o.prepared.bytes.buffer, o.prepared.bytes.byteOffset, o.prepared.bytes.byteLength) : null;
        kept.push({ index: i, file: { prepared: { ...o.prepared, bytes }, sourcePath: document.revisions[i]!.row.file.path } });
      }
    });
    if (kept.length === 0) return null;
    return { document: { ...document, revisions: kept.map((k) => revisions[k.index]!) }, files: kept.map((k) => k.file), existing: existing ?? null };
  };

  const record = (document: { number: string | null; title: string; type: string; importedFrom: string; revisions: { label: string; state: string; path: string }[] }) => {
    report.documents.push(document as ImportReport['documents'][number]);
    counters.documentsImported += 1;
    counters.revisionsImported += document.revisions.length;
  };

  try {
    const batches = batchesOf(documents);
    let next = batches.length > 0 ? prepare(batches[0]!) : null;
    for (let b = 0; b < batches.length && next; b++) {
      const prepared = await next;
      // The next batch is read on the workers while this one is written.
      next = b + 1 < batches.length && !control.cancelled() ? prepare(batches[b + 1]!) : null;
      const toWrite = prepared.map(decide).filter((d) => d !== null);
      if (!control.signer) {
        for (const { document } of toWrite) record({ ...document, revisions: document.revisions.map((r) => ({ label: r.label, state: r.state, path: r.row.file.relativePath })) });
        continue;
      }
      const signer = control.signer;
      // Written in a turn of its own, never inside the microtasks that end another call (a progress query
      // answering meanwhile must see the vault as it was when it started).
      await new Promise((resolve) => setImmediate(resolve));
      const now = ctx.now();
      writeTransaction(ctx, () => {
        for (const { document, files, existing } of toWrite) {
          try {
            // A savepoint per document: one that cannot be written is rolled back whole, the batch goes on.
            const written = db.transaction(() => writeImportedDocument(db, actorOf(ctx), signer, document, files, now, existing))();
            record({ ...written, title: existing?.title ?? document.title, type: document.type, importedFrom: document.importedFrom });
          } catch (error) {
            const reason = (error as Error).message;
            for (const r of document.revisions) report.unreadable.push({ path: r.row.file.relativePath, number: document.number, line: r.row.line, reason });
            counters.filesFailed += document.revisions.length;
          }
        }
      });
      crashWindow.reached('import:batch-committed');
      if (control.cancelled()) break;
    }
    report.finished = !control.cancelled();
  } finally {
    db.pragma('temp_store = DEFAULT');
  }
  report.totals = { files: counters.filesTotal, bytes: counters.bytesTotal, documents: report.documents.length, revisions: report.documents.reduce((n, d) => n + d.revisions.length, 0) };
  return report;
}
