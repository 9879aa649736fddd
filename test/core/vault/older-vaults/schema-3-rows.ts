import { insertDraft, type Draft } from './schema-1-rows';
import type { OlderVault } from './older-vault';

// Schema 3 (0003-revision-text): from now on each imported content has its extracted text (or why not).
// Contents imported before keep none: the migration did not backfill them, so neither does this vault.

/** A draft with its text, as an import of schema 3 stored it. */
function insertDraftWithText(vault: OlderVault, draft: Draft): void {
  const pages = [draft.text];
  const { contentId } = insertDraft(vault, draft, { text: `${pages.length} page(s) extracted` });
  vault.db.prepare("INSERT INTO content_texts (content_id, status, pages, failure_reason, extracted_at) VALUES (?, 'ok', ?, NULL, ?)").run(contentId, JSON.stringify(pages), vault.now().toISOString());
}

export async function addSchema3Rows(vault: OlderVault): Promise<void> {
  const documentId = vault.db.prepare("SELECT id FROM documents WHERE number = 'SOP-QA-0001'").pluck().get() as number;
  vault.write(() =>
    insertDraftWithText(vault, {
      documentId,
      number: 'SOP-QA-0001',
      majorLabel: 'B',
      draftNumber: 1,
      fileName: 'cleaning-b.txt',
      text: 'Clean and dry the filling line before each batch.\nRecord the cleaning in the line log.\n',
      changeSummary: 'Dry the line too.',
    }),
  );
  vault.write(() => {
    // The next draft replaces the current one; its text could not be had: recorded as failed, kept all the same.
    const document = 'WI-PROD-0001';
    const documentId = vault.db.prepare('SELECT id FROM documents WHERE number = ?').pluck().get(document) as number;
    const replaced = vault.db.prepare("SELECT id FROM revisions WHERE document_id = ? AND state = 'draft'").pluck().get(documentId) as number;
    vault.db.prepare("UPDATE revisions SET state = 'replaced' WHERE id = ?").run(replaced);
    vault.audit(vault.actor('arun'), { action: 'revision.replaced', entityType: 'revision', entityId: replaced, oldValue: { state: 'draft' }, newValue: { state: 'replaced', by: 'A.2' } });
    const failure = 'the text layer could not be read';
    const { contentId } = insertDraft(
      vault,
      { documentId, number: document, majorLabel: 'A', draftNumber: 2, fileName: 'torque-2.txt', text: 'Set the capping head to 2.7 N·m.\n', changeSummary: 'New cap supplier.' },
      { text: `not extracted: ${failure}` },
    );
    vault.db.prepare("INSERT INTO content_texts (content_id, status, pages, failure_reason, extracted_at) VALUES (?, 'failed', NULL, ?, ?)").run(contentId, failure, vault.now().toISOString());
  });
}
