// Full-text search (`search.query`) on a vault of 100,000 documents, each a work instruction of about
// 1 KiB of text: median and 95th percentile of 100 queries of the kinds people type (a clause number, a
// document number, a quoted phrase with a number), through the core as a signed-in controller. Beside it,
// in the same run, the same queries as a plain LIKE over the stored text (what search was before) and
// `grep -c` over the same text written to one file.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestVault, userPassword } from '../test/helpers/temp-vault';
import { fmt, seconds } from './measure';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { storeContentText } from '../electron/core/text/content-text-store';
import { statement } from '../electron/core/vault/statements';
import { procedureSentence } from '../test/helpers/procedure-text';

/** 100,000 by default; SEARCH_BENCH_DOCUMENTS sets fewer for a quick look on a busy machine. */
const documents = Number(process.env.SEARCH_BENCH_DOCUMENTS ?? 100_000);
const queryCount = 100;
const batch = 10_000;

/** About 1 KiB of a work instruction's text, different for every document. */
function workInstructionText(seed: number): string {
  let text = '';
  for (let n = seed * 3; text.length < 1024; n++) text += `${procedureSentence(n)}\n`;
  return text;
}

/**
 * The rows search reads — document, content, its text (through storeContentText, so it is indexed as
 * at import) and a draft revision — in large transactions. No audit events or content chunks: this vault is
 * for searching, not verifying, and 100,000 real imports would take most of an hour on a loaded machine.
 */
function addSearchableDocuments(db: Database.Database): void {
  const insertDocument = statement(db, "INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, created_at, created_by) VALUES (?, ?, 'WI', 'PROD', 1, 24, 10, ?, 1)");
  const insertContent = statement(db, 'INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, ?, 0, ?)');
  const insertRevision = statement(db, "INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, created_at) VALUES (?, 'A', 1, 'draft', 1, ?, ?, ?, 'text/plain', ?, ?)");
  for (let start = 0; start < documents; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(documents, start + batch); i++) {
        const now = new Date();
        const text = workInstructionText(i);
        const size = Buffer.byteLength(text);
        const sha256 = createHash('sha256').update(text).digest('hex');
        const documentId = Number(insertDocument.run(`WI-PROD-${String(i + 1).padStart(6, '0')}`, `Work instruction ${i + 1}`, now.toISOString()).lastInsertRowid);
        const contentId = Number(insertContent.run(sha256, size, now.toISOString()).lastInsertRowid);
        storeContentText(db, contentId, { status: 'ok', pages: [text] }, now);
        insertRevision.run(documentId, contentId, sha256, `wi-${i}.txt`, size, now.toISOString());
      }
    }).immediate();
  }
}

/** Deterministic pseudo-random numbers, so every run asks the same questions. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function queries(): { typed: string; literal: string }[] {
  const next = numbers(12);
  return Array.from({ length: queryCount }, (_, i) => {
    const doc = Math.floor(next() * documents);
    const clause = Math.floor((doc * 3) / 4) + 2;
    if (i % 3 === 0) return { typed: `clause ${clause}`, literal: `clause ${clause}.` };
    if (i % 3 === 1) return { typed: `WI-PROD-${String(doc + 1).padStart(6, '0')}`, literal: `WI-PROD-${String(doc + 1).padStart(6, '0')}` };
    const sentence = procedureSentence(doc * 3);
    const phrase = sentence.split(' ').slice(2, 6).join(' ');
    return { typed: `"${phrase}" ${Math.floor((doc * 3) / 4) + 1}`, literal: phrase };
  });
}

const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function timesOf(work: (index: number) => void, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    work(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b);
}

export async function run(): Promise<void> {
  const vault = await createTestVault();
  try {
    await vault.addSignedInUser('carol', 'Carol Controller', ['controller']);
    const generate = await seconds(() => addSearchableDocuments(vault.core.vault.db));
    console.log(`generated ${documents.toLocaleString('en')} documents, indexed as they were stored: ${fmt(generate)}`);
    const { core } = vault;
    // Signed in after the generation: on a loaded machine it outlasts the session's idle time.
    const { token } = await core.login('carol', userPassword);
    const asked = queries();
    const hitCounts: number[] = [];
    // Warm the statements and the page cache once, as a running app has.
    await core.call(token, 'search.query', { query: asked[0]!.typed });
    const searchTimes: number[] = [];
    for (const query of asked) {
      const start = process.hrtime.bigint();
      const result = await core.call(token, 'search.query', { query: query.typed, limit: 20 });
      searchTimes.push(Number(process.hrtime.bigint() - start) / 1e9);
      hitCounts.push(result.hits.length);
    }
    searchTimes.sort((a, b) => a - b);
    if (hitCounts.some((n) => n === 0)) throw new Error('a bench query found nothing: the bench asks the wrong questions');
    const common = await seconds(() => core.call(token, 'search.query', { query: 'calibration' }));
    console.log(`search.query, 100 queries on ${documents.toLocaleString('en')} documents: median ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))} (aim p95 < 50 ms); hits per query ${Math.min(...hitCounts)}–${Math.max(...hitCounts)}`);
    console.log(`  a word in every document ("calibration", 20 best of ${documents.toLocaleString('en')}): ${ms(common)}`);

    // Reference 1: the same literal text looked for with LIKE over the stored pages (10 queries: each scans everything).
    const like = core.vault.db.prepare("SELECT count(*) FROM content_texts WHERE pages LIKE '%' || ? || '%'").pluck();
    const likeTimes = timesOf((i) => like.get(asked[i]!.literal), 10);
    console.log(`reference: LIKE over the stored text, 10 of the queries: median ${ms(percentile(likeTimes, 50))}, p95 ${ms(percentile(likeTimes, 95))}`);
    // Reference 2: grep -c over the same text in one file.
    const textFile = path.join(vault.dir, 'all-text.txt');
    const all = core.vault.db.prepare("SELECT pages FROM content_texts WHERE status = 'ok'").pluck().all() as string[];
    writeFileSync(textFile, all.map((pages) => (JSON.parse(pages) as string[]).join('\n')).join('\n'));
    const grepTimes = timesOf((i) => {
      const found = spawnSync('grep', ['-c', '-F', '--', asked[i]!.literal, textFile]);
      if (found.status !== 0 && found.status !== 1) throw new Error('grep failed');
    }, 10);
    console.log(`reference: grep -c -F over the same text (${(all.join('').length / 1024 ** 2).toFixed(0)} MiB), 10 of the queries: median ${ms(percentile(grepTimes, 50))}, p95 ${ms(percentile(grepTimes, 95))}`);
  } finally {
    vault.cleanup();
  }
}
