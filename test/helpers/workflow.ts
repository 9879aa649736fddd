import { execFileSync } from 'node:child_process';
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { isSessionEnding, type ErrorCode } from '../../shared/errors';
import { userPassword, type TestVault } from './temp-vault';
import { viewRevision } from './view-revision';

// Building blocks for workflow stories: documents already routed or approved, the signing call
// every story makes, a snapshot of the workflow tables for refusals, and an insider's sqlite3.

let documentCount = 0;

export interface RouteSpec {
  reviewers: string[];
  approvers: string[];
  approvalMode?: 'parallel' | 'sequential';
  reviewDueDate?: string;
  approvalDueDate?: string;
}

export interface DocumentSpec {
  type?: string;
  title?: string;
  text?: string;
  reviewIntervalMonths?: number;
}

/** Registers a document (a fresh text file) and returns its number; the caller is its author. */
export async function draftDocument(t: TestVault, author: string, options: DocumentSpec = {}): Promise<string> {
  const n = ++documentCount;
  const title = options.title ?? `Procedure ${n}`;
  const file = t.file(`document-${n}.txt`, options.text ?? `${title}: text of the first draft (${n}).\n`);
  const doc = await t.core.call(author, 'documents.register', { type: options.type ?? 'SOP', department: 'QA', title, reviewIntervalMonths: options.reviewIntervalMonths, file: { path: file } });
  return doc.number;
}

/** A new document, drafted by `author` and submitted to the given reviewers and approvers. */
export async function routedDocument(t: TestVault, author: string, route: RouteSpec, options: DocumentSpec = {}): Promise<string> {
  const number = await draftDocument(t, author, options);
  await t.core.call(author, 'revisions.submit', { number, ...route });
  return number;
}

/** The signing call of every story: the document shown first (as the dialog does), then the signer's own password, as the form would send it. */
export async function sign(t: TestVault, token: string, number: string, meaning: 'reviewed' | 'approved', comment?: string) {
  // A signer who may not see the revision (or has no task) is refused by the signing call itself, which
  // checks that first; a session that the viewing found ended (locked, disabled) is that refusal already.
  await viewRevision(t.core, token, number).catch((error: { code?: string }) => {
    if (error.code && isSessionEnding(error.code as ErrorCode)) throw error;
  });
  return t.core.call(token, 'revisions.sign', { number, meaning, password: userPassword, ...(comment === undefined ? {} : { comment }) });
}

/**
 * A new document taken through its whole route: every reviewer, then every approver, signs in the
 * order given. `tokens` maps each user name on the route to their session.
 */
export async function approvedDocument(t: TestVault, author: string, route: RouteSpec, tokens: Record<string, string>, options: DocumentSpec = {}): Promise<string> {
  const number = await routedDocument(t, author, route, options);
  for (const reviewer of route.reviewers) await sign(t, tokens[reviewer]!, number, 'reviewed');
  for (const approver of route.approvers) await sign(t, tokens[approver]!, number, 'approved');
  return number;
}

/** A new document taken through its whole route and released by `controller` today: revision A is effective. */
export async function effectiveDocument(t: TestVault, author: string, route: RouteSpec, tokens: Record<string, string>, controller: string, options: DocumentSpec = {}): Promise<string> {
  const number = await approvedDocument(t, author, route, tokens, options);
  await t.core.call(controller, 'revisions.release', { number, password: userPassword });
  return number;
}

/** An impact assessment that finds nothing affected: what stories about other things state for a new revision. */
export const noChangeImpact = { trainingNeeded: false, linkedDocumentsAffected: false, validationNeeded: false };

/** The author drafts the document's next revision from new text, and it passes the same kind of route. */
export async function approveNextRevision(t: TestVault, author: string, number: string, route: RouteSpec, tokens: Record<string, string>, text: string): Promise<void> {
  const n = ++documentCount;
  await t.core.call(author, 'revisions.createDraft', { number, file: { path: t.file(`next-${n}.txt`, text) }, changeSummary: `Revised (${n}).`, impact: noChangeImpact });
  await t.core.call(author, 'revisions.submit', { number, ...route });
  for (const reviewer of route.reviewers) await sign(t, tokens[reviewer]!, number, 'reviewed');
  for (const approver of route.approvers) await sign(t, tokens[approver]!, number, 'approved');
}

/** Every table the workflow writes, in full: a refusal must leave each exactly as it was. */
export const workflowTables = ['documents', 'revisions', 'routes', 'route_tasks', 'signatures', 'signing_keys', 'training_assignments', 'withdrawal_requests'] as const;

export function snapshotWorkflowTables(db: Database.Database): Record<(typeof workflowTables)[number], unknown[]> {
  return Object.fromEntries(workflowTables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()])) as Record<(typeof workflowTables)[number], unknown[]>;
}

export function lastAuditEventId(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_events').get() as { id: number }).id;
}

/** Audit events appended after the given id, as action plus parsed new value. */
export function auditEventsAfter(db: Database.Database, id: number): { action: string; username: string | null; newValue: unknown; reason: string | null }[] {
  return (db.prepare('SELECT action, username, new_value, reason FROM audit_events WHERE id > ? ORDER BY id').all(id) as { action: string; username: string | null; new_value: string | null; reason: string | null }[]).map((e) => ({
    action: e.action,
    username: e.username,
    newValue: e.new_value === null ? null : JSON.parse(e.new_value),
    reason: e.reason,
  }));
}

/**
 * Asserts that `act` is refused with `code`, with a message matching every pattern, and that the
 * workflow tables are exactly as they were before. Returns the error for further checks.
 */
export async function expectRefusal(db: Database.Database, act: () => Promise<unknown>, code: ErrorCode, ...messageSays: (string | RegExp)[]): Promise<Error> {
  const before = snapshotWorkflowTables(db);
  const error = await act().then(
    () => {
      throw new Error(`Expected ${code}, but it succeeded.`);
    },
    (e: unknown) => e as Error & { code?: string },
  );
  expect(error).toMatchObject({ code });
  for (const says of messageSays) expect(error.message).toMatch(says);
  expect(snapshotWorkflowTables(db)).toEqual(before);
  return error;
}

/**
 * What an insider with the sqlite3 tool can do to the vault file: drop the guarding triggers on the
 * tables they touch, then run their SQL, bypassing Quire entirely.
 */
export function insiderEdits(t: TestVault, tables: string[], sql: string): void {
  const triggers = t.core.vault.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .pluck()
    .all(...tables) as string[];
  const script = ['.timeout 10000', ...triggers.map((name) => `DROP TRIGGER ${name};`), sql, ''].join('\n');
  execFileSync('sqlite3', [t.vaultPath], { input: script, encoding: 'utf8' });
}
