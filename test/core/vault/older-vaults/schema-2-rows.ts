import { addMonths } from '../../../../electron/core/workflow/calendar-dates';
import { insertSignature, olderVaultPasswordHash, signingKeyOf, type OlderVault, type SignatureInput } from './older-vault';

// Schema 2 (0002-workflow): people set their own password and get a signing key; SOP-QA-0001 A goes
// through review, approval and release and becomes effective; a reader acknowledges it.

const signers = ['arun', 'rita', 'lukasz', 'carol'];

export async function addSchema2Rows(vault: OlderVault): Promise<void> {
  const db = vault.db;
  const passwordHash = await olderVaultPasswordHash();
  const keys = Object.fromEntries(await Promise.all(signers.map(async (u) => [u, await signingKeyOf(u)] as const)));
  for (const username of signers) {
    vault.write(() => {
      const { key } = keys[username]!;
      const id = vault.userId(username);
      db.prepare('UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(passwordHash, id);
      db.prepare('INSERT INTO signing_keys (user_id, key_id, public_key_pem, encrypted_private_key, created_at) VALUES (?, ?, ?, ?, ?)').run(id, key.keyId, key.publicKeyPem, key.encryptedPrivateKey, vault.now().toISOString());
      vault.audit(vault.actor(username), { action: 'user.password_changed', entityType: 'user', entityId: id, newValue: { signingKey: `new key ${key.keyId}` } });
    });
  }
  vault.write(() => {
    db.prepare("INSERT INTO route_templates (doc_type, reviewers, approvers, approval_mode, review_days, approval_days) VALUES ('SOP', '[\"rita\"]', '[\"lukasz\"]', 'parallel', 10, NULL)").run();
    vault.audit(vault.actor('carol'), { action: 'route_template.set', entityType: 'document_type', entityId: 'SOP', oldValue: null, newValue: { reviewers: ['rita'], approvers: ['lukasz'], approvalMode: 'parallel', reviewDays: 10, approvalDays: null } });
  });

  const number = 'SOP-QA-0001';
  const revisionId = db.prepare("SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ?").pluck().get(number) as number;
  const sha256 = db.prepare('SELECT sha256 FROM revisions WHERE id = ?').pluck().get(revisionId) as string;
  const routeId = vault.write(() => {
    db.prepare("UPDATE revisions SET state = 'in_review' WHERE id = ?").run(revisionId);
    const opened = vault.now().toISOString();
    const id = Number(db.prepare("INSERT INTO routes (revision_id, approval_mode, state, content_sha256, opened_by, opened_at) VALUES (?, 'parallel', 'open', ?, ?, ?)").run(revisionId, sha256, vault.userId('arun'), opened).lastInsertRowid);
    const task = db.prepare("INSERT INTO route_tasks (route_id, stage, position, assignee_id, due_date, state) VALUES (?, ?, 1, ?, ?, 'pending')");
    task.run(id, 'review', vault.userId('rita'), addMonths(opened.slice(0, 10), 1));
    task.run(id, 'approval', vault.userId('lukasz'), null);
    vault.audit(vault.actor('arun'), {
      action: 'revision.submitted',
      entityType: 'revision',
      entityId: revisionId,
      oldValue: { state: 'draft' },
      newValue: { document: number, label: 'A.1', state: 'in_review', contentSha256: sha256, reviewers: ['rita'], approvers: ['lukasz'], approvalMode: 'parallel', reviewDueDate: null, approvalDueDate: null },
    });
    return id;
  });
  const sign = (input: Omit<SignatureInput, 'number'>, then: (signatureId: number, at: string) => void) =>
    vault.write(() => {
      const signatureId = insertSignature(vault, { ...input, number }, keys[input.username]!);
      const at = db.prepare('SELECT signed_at FROM signatures WHERE id = ?').pluck().get(signatureId) as string;
      vault.audit(vault.actor(input.username), { action: 'revision.signed', entityType: 'revision', entityId: revisionId, newValue: { document: number, label: input.label, meaning: input.meaning, signatureId, contentSha256: sha256 }, reason: input.comment ?? null });
      then(signatureId, at);
    });
  sign({ username: 'rita', label: 'A.1', meaning: 'reviewed', routeId, comment: 'Checked against the line manual.' }, (signatureId, at) => {
    db.prepare("UPDATE route_tasks SET state = 'signed', completed_at = ?, signature_id = ? WHERE route_id = ? AND stage = 'review'").run(at, signatureId, routeId);
    db.prepare("UPDATE revisions SET state = 'in_approval' WHERE id = ?").run(revisionId);
    vault.audit(vault.actor('rita'), { action: 'revision.review_completed', entityType: 'revision', entityId: revisionId, oldValue: { state: 'in_review' }, newValue: { document: number, label: 'A.1', state: 'in_approval' } });
  });
  sign({ username: 'lukasz', label: 'A.1', meaning: 'approved', routeId }, (signatureId, at) => {
    db.prepare("UPDATE route_tasks SET state = 'signed', completed_at = ?, signature_id = ? WHERE route_id = ? AND stage = 'approval'").run(at, signatureId, routeId);
    db.prepare("UPDATE revisions SET state = 'approved', approved_at = ? WHERE id = ?").run(at, revisionId);
    db.prepare("UPDATE routes SET state = 'completed', closed_at = ? WHERE id = ?").run(at, routeId);
    vault.audit(vault.actor('lukasz'), { action: 'revision.approved', entityType: 'revision', entityId: revisionId, oldValue: { state: 'in_approval' }, newValue: { document: number, label: 'A', state: 'approved' } });
  });
  vault.write(() => {
    const signatureId = insertSignature(vault, { username: 'carol', number, label: 'A', meaning: 'released', routeId: null }, keys.carol!);
    const effectiveDate = (db.prepare('SELECT signed_at FROM signatures WHERE id = ?').pluck().get(signatureId) as string).slice(0, 10);
    const nextReviewDate = addMonths(effectiveDate, 24);
    db.prepare('UPDATE revisions SET effective_date = ? WHERE id = ?').run(effectiveDate, revisionId);
    vault.audit(vault.actor('carol'), { action: 'revision.released', entityType: 'revision', entityId: revisionId, newValue: { document: number, label: 'A', effectiveDate } });
    db.prepare("UPDATE revisions SET state = 'effective', effective_date = ?, next_review_date = ? WHERE id = ?").run(effectiveDate, nextReviewDate, revisionId);
    vault.audit(vault.actor('carol'), { action: 'revision.effective', entityType: 'revision', entityId: revisionId, oldValue: { state: 'approved' }, newValue: { document: number, label: 'A', state: 'effective', effectiveDate, nextReviewDate, supersedes: null } });
  });
  vault.write(() => {
    db.prepare('INSERT INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date) VALUES (?, ?, ?, ?, NULL)').run(revisionId, vault.userId('rita'), vault.userId('carol'), vault.now().toISOString());
    vault.audit(vault.actor('carol'), { action: 'training.assigned', entityType: 'revision', entityId: revisionId, newValue: { document: number, label: 'A', users: ['rita'], dueDate: null } });
  });
  vault.write(() => {
    const signatureId = insertSignature(vault, { username: 'rita', number, label: 'A', meaning: 'read-and-understood', routeId: null }, keys.rita!);
    db.prepare('UPDATE training_assignments SET signature_id = ? WHERE revision_id = ? AND user_id = ?').run(signatureId, revisionId, vault.userId('rita'));
    vault.audit(vault.actor('rita'), { action: 'training.acknowledged', entityType: 'revision', entityId: revisionId, newValue: { document: number, label: 'A', signatureId } });
  });
}
