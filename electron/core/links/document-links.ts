import type Database from 'better-sqlite3';
import type { DocumentLink, MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireDocumentRow, type DocumentRow } from '../documents/document-queries';
import { statement } from '../vault/statements';

/** Only a document's owner or a controller changes what it is linked to, and closes its checks. */
export function requireOwnerOrController(ctx: CallContext, document: DocumentRow, act: 'link-documents' | 'check-linked-change'): void {
  if (document.owner_id === ctx.user.id || rolesAllow(ctx.user.roles, 'documents.edit')) return;
  throw new QuireError('CHANGE_CONTROL_NOT_ALLOWED', { act, number: document.number, owner: document.owner_username, username: ctx.user.username });
}

/**
 * Records that `number` uses `other` (references it, or is its form or annex), or changes the kind of
 * the link already there; one transaction with its audit event on the using document.
 */
export function linkDocuments(ctx: CallContext, input: ParsedInput<'documents.link'>): MethodResult<'documents.link'> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const other = requireDocumentRow(db, input.other);
  if (document.id === other.id) throw new QuireError('DOCUMENT_LINK_TO_ITSELF', { number: document.number });
  requireOwnerOrController(ctx, document, 'link-documents');
  const kind = input.kind ?? 'references';
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const before = statement<[number, number], { kind: string }>(db, 'SELECT kind FROM document_links WHERE document_id = ? AND linked_document_id = ?').get(document.id, other.id);
    statement(
      db,
      `INSERT INTO document_links (document_id, linked_document_id, kind, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (document_id, linked_document_id) DO UPDATE SET kind = excluded.kind, linked_by = excluded.linked_by, linked_at = excluded.linked_at`,
    ).run(document.id, other.id, kind, ctx.user.id, now.toISOString());
    appendAuditEvent(db, actorOf(ctx), { action: 'document.linked', entityType: 'document', entityId: document.id, oldValue: before ? { kind: before.kind } : null, newValue: { document: document.number, uses: other.number, kind } }, now);
    return { document: document.number, other: other.number, kind };
  });
}

type LinkRow = { number: string; title: string; kind: DocumentLink['kind']; linked_at: string; linked_by: string };
const toLink = (r: LinkRow): DocumentLink => ({ number: r.number, title: r.title, kind: r.kind, linkedAt: r.linked_at, linkedBy: r.linked_by });

/** Both directions of a document's links: what it uses, and where it is used. */
export function documentLinks(db: Database.Database, document: DocumentRow): MethodResult<'documents.links'> {
  const uses = statement<[number], LinkRow>(
    db,
    `SELECT d.number, d.title, l.kind, l.linked_at, u.username AS linked_by FROM document_links l
     JOIN documents d ON d.id = l.linked_document_id JOIN users u ON u.id = l.linked_by WHERE l.document_id = ? ORDER BY d.number`,
  ).all(document.id);
  const usedBy = statement<[number], LinkRow>(
    db,
    `SELECT d.number, d.title, l.kind, l.linked_at, u.username AS linked_by FROM document_links l
     JOIN documents d ON d.id = l.document_id JOIN users u ON u.id = l.linked_by WHERE l.linked_document_id = ? ORDER BY d.number`,
  ).all(document.id);
  return { document: document.number, uses: uses.map(toLink), usedBy: usedBy.map(toLink) };
}
