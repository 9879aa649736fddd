import { randomUUID } from 'node:crypto';
import { olderVaultPasswordHash, olderVaultWorkstation, storeContent, type OlderVault } from './older-vault';

// Schema 1 (0001-initial): `quire init`, people and their roles, documents registered with a first draft.

export const schema1People = [
  ['admin', 'Ada Admin', ['admin']],
  ['arun', 'Arun Author', ['author']],
  ['rita', 'Rita Reviewer', ['reviewer']],
  ['lukasz', 'Łukasz Ñúñez', ['approver']],
  ['carol', 'Carol Controller', ['controller', 'reader']],
] as const;

export interface RegisteredDocument {
  number: string;
  type: string;
  department: string;
  title: string;
  fileName: string;
  text: string;
}

/** Registers a document with its first draft, as `documents.register` did: number, revision A.1, content, two events. */
export function registerDocument(vault: OlderVault, doc: RegisteredDocument): void {
  const db = vault.db;
  const author = vault.actor('arun');
  const prefix = doc.number.replace(/\d+$/, '');
  db.prepare('INSERT INTO number_sequences (prefix, last_value) VALUES (?, ?) ON CONFLICT (prefix) DO UPDATE SET last_value = excluded.last_value').run(prefix, Number(doc.number.slice(prefix.length)));
  const type = db.prepare('SELECT review_interval_months, retention_years FROM document_types WHERE code = ?').get(doc.type) as { review_interval_months: number; retention_years: number };
  const documentId = Number(
    db
      .prepare(`INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(doc.number, doc.title, doc.type, doc.department, author.userId, type.review_interval_months, type.retention_years, vault.now().toISOString(), author.userId).lastInsertRowid,
  );
  vault.audit(author, {
    action: 'document.registered',
    entityType: 'document',
    entityId: documentId,
    newValue: { number: doc.number, title: doc.title, type: doc.type, department: doc.department, owner: 'arun', reviewIntervalMonths: type.review_interval_months, retentionYears: type.retention_years, external: null },
  });
  insertDraft(vault, { documentId, number: doc.number, majorLabel: 'A', draftNumber: 1, fileName: doc.fileName, text: doc.text, changeSummary: null });
}

export interface Draft {
  documentId: number;
  number: string;
  majorLabel: string;
  draftNumber: number;
  fileName: string;
  text: string;
  changeSummary: string | null;
}

/** Adds a draft revision with its content and event, as schema 1 did; returns the revision id and content id. */
export function insertDraft(vault: OlderVault, draft: Draft, extraAuditFields: Record<string, unknown> = {}): { revisionId: number; contentId: number } {
  const author = vault.actor('arun');
  const content = storeContent(vault, Buffer.from(draft.text, 'utf8'));
  const revisionId = Number(
    vault.db
      .prepare(`INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, change_summary, created_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, 'text/plain', ?, ?, ?)`)
      .run(draft.documentId, draft.majorLabel, draft.draftNumber, author.userId, content.id, content.sha256, draft.fileName, content.size, draft.changeSummary, vault.now().toISOString()).lastInsertRowid,
  );
  vault.audit(author, {
    action: 'revision.drafted',
    entityType: 'revision',
    entityId: revisionId,
    newValue: { document: draft.number, label: `${draft.majorLabel}.${draft.draftNumber}`, fileName: draft.fileName, mediaType: 'text/plain', size: content.size, sha256: content.sha256, changeSummary: draft.changeSummary, ...extraAuditFields },
  });
  return { revisionId, contentId: content.id };
}

export async function addSchema1Rows(vault: OlderVault): Promise<void> {
  const passwordHash = await olderVaultPasswordHash();
  const db = vault.db;
  const vaultId = randomUUID();
  vault.write(() => {
    db.prepare('INSERT INTO vault_settings (key, value) VALUES (?, ?)').run('vaultId', JSON.stringify(vaultId));
    db.prepare('INSERT INTO vault_settings (key, value) VALUES (?, ?)').run('maxContentBytes', JSON.stringify(2 * 1024 ** 3));
    vault.audit({ userId: null, username: 'admin', workstation: olderVaultWorkstation }, { action: 'vault.created', entityType: 'vault', entityId: vaultId, newValue: { schemaVersion: 1 } });
  });
  for (const [username, fullName, roles] of schema1People) {
    vault.write(() => {
      const id = Number(
        db
          .prepare('INSERT INTO users (username, full_name, password_hash, must_change_password, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(username, fullName, passwordHash, username === 'admin' ? 0 : 1, vault.now().toISOString()).lastInsertRowid,
      );
      for (const role of roles) db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)').run(id, role);
      // The first administrator is added by `quire init`, in their own name.
      const actor = username === 'admin' ? { userId: id, username, workstation: olderVaultWorkstation } : vault.actor('admin');
      vault.audit(actor, { action: 'user.added', entityType: 'user', entityId: id, newValue: { username, fullName, roles: [...roles].sort() } });
    });
  }
  vault.write(() => vault.audit(vault.actor('arun'), { action: 'session.signed_in', entityType: 'user', entityId: vault.userId('arun') }));
  vault.write(() =>
    registerDocument(vault, { number: 'SOP-QA-0001', type: 'SOP', department: 'QA', title: 'Cleaning of filling line 2', fileName: 'cleaning.txt', text: 'Clean the filling line before each batch.\nRecord the cleaning in the line log.\n' }),
  );
  vault.write(() =>
    registerDocument(vault, { number: 'WI-PROD-0001', type: 'WI', department: 'PROD', title: 'Torque settings for capping head', fileName: 'torque.txt', text: 'Set the capping head to 2.5 N·m.\n' }),
  );
}
