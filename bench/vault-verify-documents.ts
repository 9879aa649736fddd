// `verify` on a vault with 100,000 documents (each a draft revision with its content, extracted text and
// audit events), against `sha256sum` of the same file; and verify's peak memory at 10,000 and at
// 100,000 documents, each measured in a child process, to show it does not grow with the documents.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { appendAuditEvent } from '../electron/core/audit/append-audit-event';
import type { PreparedImport } from '../electron/core/content/prepare-import';
import { insertDraftRevision } from '../electron/core/documents/insert-revision';
import { QuireCore } from '../electron/core/quire-core';
import { statement } from '../electron/core/vault/statements';
import { procedureSentence } from '../test/helpers/procedure-text';
import { createTestVault } from '../test/helpers/temp-vault';
import { fmt, seconds, shellCpuSeconds, shellSeconds } from './measure';

const steps = [10_000, 100_000];
const batch = 5_000;

/** About 1 KiB of a work instruction's text, different for every document. */
function workInstructionText(seed: number): string {
  let text = '';
  for (let n = seed * 3; text.length < 1024; n++) text += `${procedureSentence(n)}\n`;
  return text;
}

/** Adds documents through the same inserts `documents.register` makes (row, content, text, events), many per transaction. */
export function addDocuments(core: QuireCore, from: number, to: number): void {
  const db = core.vault.db;
  const actor = { userId: 1, username: 'admin', workstation: 'bench' };
  const insertDocument = statement(db, "INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, created_at, created_by) VALUES (?, ?, 'WI', 'PROD', 1, 24, 10, ?, 1)");
  for (let start = from; start < to; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(to, start + batch); i++) {
        const now = new Date();
        const text = workInstructionText(i);
        const bytes = Buffer.from(text, 'utf8');
        const number = `WI-PROD-${String(i + 1).padStart(6, '0')}`;
        const documentId = Number(insertDocument.run(number, `Work instruction ${i + 1}`, now.toISOString()).lastInsertRowid);
        appendAuditEvent(db, actor, { action: 'document.registered', entityType: 'document', entityId: documentId, newValue: { number, title: `Work instruction ${i + 1}`, type: 'WI', department: 'PROD', owner: 'admin' } }, now);
        const content: PreparedImport = { path: `wi-${i}.txt`, fileName: `wi-${i}.txt`, mediaType: 'text/plain', sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, text: { status: 'ok', pages: [text] }, pdf: null, bytes };
        insertDraftRevision(db, actor, { documentId, documentNumber: number, majorLabel: 'A', draftNumber: 1, authorId: 1, changeSummary: null }, content, now);
      }
    }).immediate();
  }
}

interface ChildVerify {
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  ok: boolean;
  problems: unknown[];
  revisions: number;
  auditEvents: number;
}

function verifyInChild(vaultPath: string): ChildVerify {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'verify-child.ts'), vaultPath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`verify child failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as ChildVerify;
  if (!result.ok) throw new Error(`the bench vault did not verify: ${JSON.stringify(result.problems)}`);
  return result;
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

export async function run(): Promise<void> {
  const vault = await createTestVault();
  try {
    vault.core.close();
    let done = 0;
    const memory: string[] = [];
    let last: ChildVerify | undefined;
    for (const target of steps) {
      const core = QuireCore.open(vault.vaultPath);
      const generate = await seconds(() => addDocuments(core, done, target));
      core.close();
      done = target;
      last = verifyInChild(vault.vaultPath);
      memory.push(`${target.toLocaleString('en')} documents: ${mib(last.maxRssBytes)} peak`);
      console.log(`generated ${target.toLocaleString('en')} documents (${mib(statSync(vault.vaultPath).size)} vault; adding them took ${fmt(generate)})`);
    }
    const bytes = statSync(vault.vaultPath).size;
    const reference = shellSeconds('sha256sum "$1" > /dev/null', [vault.vaultPath]);
    const referenceCpu = shellCpuSeconds('sha256sum "$1" > /dev/null', [vault.vaultPath]);
    console.log(`verify, ${done.toLocaleString('en')} documents (${last!.revisions} revisions, ${last!.auditEvents} audit events, ${mib(bytes)} vault): ${fmt(last!.seconds)}; sha256sum of the same file: ${fmt(reference)}; ratio ${(last!.seconds / reference).toFixed(1)}×`);
    // On a shared machine the wall clock measures the neighbours too: the CPU time each used is the steadier figure.
    console.log(`  CPU time: verify ${fmt(last!.cpuSeconds)}; sha256sum ${fmt(referenceCpu)}; ratio ${(last!.cpuSeconds / referenceCpu).toFixed(1)}×`);
    console.log(`verify peak memory (its own process): ${memory.join(', ')}`);
  } finally {
    vault.cleanup();
  }
}
