import type Database from 'better-sqlite3';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireDocumentRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { clauseOf, defaultStandardId, standardById } from './standards';
import type { Standard } from './standard-schema';

/** Orders clause numbers as a reader expects: 7.5 before 7.5.3 before 8, 10 after 9. */
export function compareClauseNumbers(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The clause numbers a document is mapped to in one standard, in clause order. */
export function mappedClauseNumbers(db: Database.Database, documentId: number, standardId: string): string[] {
  return statement<[number, string], { clause: string }>(db, 'SELECT clause FROM document_clauses WHERE document_id = ? AND standard = ?')
    .all(documentId, standardId)
    .map((r) => r.clause)
    .sort(compareClauseNumbers);
}

function clauseList(standard: Standard, numbers: string[]): MethodResult<'documents.clauses'> {
  return { standard: standard.id, standardName: standard.name, clauses: numbers.map((n) => ({ number: n, title: clauseOf(standard, n).title })) };
}

/** The clauses a document is mapped to, with their titles. */
export function documentClauses(ctx: CallContext, input: ParsedInput<'documents.clauses'>): MethodResult<'documents.clauses'> {
  const standard = standardById(input.standard ?? defaultStandardId);
  const document = requireDocumentRow(ctx.vault.db, input.number);
  return clauseList(standard, mappedClauseNumbers(ctx.vault.db, document.id, standard.id));
}

/**
 * Adds and removes clause mappings of a document in one transaction with its audit event, which
 * records the whole set before and after (so the trail alone explains every mapping). Every clause is
 * checked against the standard first: an unknown clause changes nothing.
 */
export function changeDocumentClauses(ctx: CallContext, input: ParsedInput<'documents.setClauses'>): MethodResult<'documents.setClauses'> {
  const standard = standardById(input.standard ?? defaultStandardId);
  const add = [...new Set(input.add ?? [])];
  const remove = [...new Set(input.remove ?? [])];
  for (const number of [...add, ...remove]) clauseOf(standard, number);
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    const document = requireDocumentRow(db, input.number);
    const before = mappedClauseNumbers(db, document.id, standard.id);
    const added = add.filter((n) => !before.includes(n));
    const removed = remove.filter((n) => before.includes(n) && !add.includes(n));
    if (added.length === 0 && removed.length === 0) return clauseList(standard, before);
    const at = ctx.now().toISOString();
    for (const clause of added) statement(db, 'INSERT INTO document_clauses (document_id, standard, clause, mapped_at, mapped_by) VALUES (?, ?, ?, ?, ?)').run(document.id, standard.id, clause, at, ctx.user.id);
    for (const clause of removed) statement(db, 'DELETE FROM document_clauses WHERE document_id = ? AND standard = ? AND clause = ?').run(document.id, standard.id, clause);
    const after = mappedClauseNumbers(db, document.id, standard.id);
    appendAuditEvent(
      db,
      actorOf(ctx),
      { action: 'document.clauses_changed', entityType: 'document', entityId: document.id, oldValue: { standard: standard.id, clauses: before }, newValue: { number: document.number, standard: standard.id, clauses: after, added, removed } },
      ctx.now(),
    );
    return clauseList(standard, after);
  });
}
