import { createHash } from 'node:crypto';
import { storeContent, type OlderVault } from './older-vault';

// Schema 4 (0004-prints): the effective SOP-QA-0001 A is rendered to PDF once, printed as controlled
// copy No. 1 for the line supervisor, and printed once more as an uncontrolled reference copy.

const renderedPdf = Buffer.from(
  '%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export async function addSchema4Rows(vault: OlderVault): Promise<void> {
  const db = vault.db;
  const number = 'SOP-QA-0001';
  const revision = db.prepare("SELECT r.id, r.document_id, r.content_id, r.sha256 FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'effective'").get(number) as {
    id: number;
    document_id: number;
    content_id: number;
    sha256: string;
  };
  const carol = vault.actor('carol');
  const rendition = vault.write(() => {
    const stored = storeContent(vault, renderedPdf);
    db.prepare("INSERT INTO renditions (content_id, rendition_content_id, kind, tool, page_count, created_at) VALUES (?, ?, 'rendered', 'quire text renderer', 1, ?)").run(revision.content_id, stored.id, vault.now().toISOString());
    vault.audit(carol, { action: 'revision.rendition_created', entityType: 'revision', entityId: revision.id, newValue: { document: number, label: 'A', kind: 'rendered', tool: 'quire text renderer', sha256: stored.sha256, size: stored.size, pages: 1, sourceSha256: revision.sha256 } });
    return stored;
  });
  const print = (kind: 'controlled' | 'uncontrolled', code: string, copy: { holder: string; location: string } | null) =>
    vault.write(() => {
      const printedAt = vault.now().toISOString();
      let copyId: number | null = null;
      if (copy) {
        copyId = Number(
          db.prepare("INSERT INTO controlled_copies (document_id, revision_id, copy_number, copyholder, location, issued_by, issued_at, status) VALUES (?, ?, 1, ?, ?, ?, ?, 'issued')").run(revision.document_id, revision.id, copy.holder, copy.location, carol.userId, printedAt).lastInsertRowid,
        );
        vault.audit(carol, { action: 'revision.copy_issued', entityType: 'revision', entityId: revision.id, newValue: { document: number, label: 'A', copyNumber: 1, copyholder: copy.holder, location: copy.location, status: 'issued' } });
      }
      const outputSha256 = createHash('sha256').update(`${code} output`).digest('hex');
      db.prepare(
        `INSERT INTO prints (revision_id, kind, copy_id, verification_code, printed_by, printed_at, time_zone, revision_state, rendition_sha256, pages, source_pages, manifest_pages, mode, output_sha256)
         VALUES (?, ?, ?, ?, ?, ?, 'Europe/Berlin', 'effective', ?, 2, 1, 1, 'stamped', ?)`,
      ).run(revision.id, kind, copyId, code, carol.userId, printedAt, rendition.sha256, outputSha256);
      vault.audit(carol, {
        action: 'revision.printed',
        entityType: 'revision',
        entityId: revision.id,
        newValue: { document: number, label: 'A', kind, copyNumber: copy ? 1 : null, copyholder: copy?.holder ?? null, location: copy?.location ?? null, printedState: 'effective', verificationCode: code, pages: 2, sourcePages: 1, manifestPages: 1, mode: 'stamped', coverSheetReason: null, renditionSha256: rendition.sha256, outputSha256, file: `/home/carol/prints/${number}-A-${code}.pdf` },
      });
    });
  print('controlled', 'QV7K-2M9P-XC4R', { holder: 'Line 2 supervisor', location: 'Filling hall' });
  print('uncontrolled', 'QW3H-8N2D-TB6F', null);
}
