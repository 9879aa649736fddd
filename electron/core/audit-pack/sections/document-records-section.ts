import type { HistoryEntry } from '../../../../shared/contract';
import { labelOf, revisionRows, type DocumentRow, type RevisionRow } from '../../documents/document-queries';
import { documentHistory } from '../../history/document-history';
import { renderFlowToPdf } from '../../pdf/render-flow-to-pdf';
import { csvField } from '../../reports/master-list-csv';
import { signatureRows, type SignatureRow } from '../../workflow/signature-queries';
import type { AuditPackSection, PackLink } from '../audit-pack-section';
import { eachSelectedDocument } from './selected-documents';

/**
 * A document number as a folder name: the slash some numbering schemes use would open a sub-folder, so
 * other characters become "_", and the document's id is added then, so two numbers never share a folder.
 */
export function documentFolder(document: Pick<DocumentRow, 'id' | 'number'>): string {
  const safe = document.number.replace(/[^A-Za-z0-9._-]/g, '_');
  return `documents/${safe === document.number ? safe : `${safe}-${document.id}`}`;
}

function* historyCsv(entries: HistoryEntry[]): Generator<string> {
  yield '\uFEFFevent,occurred_at_utc,user,workstation,action,revision,what_happened,reason\r\n';
  for (const e of entries) yield `${[String(e.id), e.at, e.user ?? '', e.workstation, e.action, e.revision ?? '', e.description, e.reason ?? ''].map(csvField).join(',')}\r\n`;
}

/** The signatures as stored: each manifest, its Ed25519 signature and the signer's public key, checkable with openssl (docs/signature-manifest.md). */
function signatureManifests(document: DocumentRow, revisions: RevisionRow[], signatures: SignatureRow[]): string {
  return JSON.stringify(
    {
      document: document.number,
      title: document.title,
      revisions: revisions.map((r) => ({ label: labelOf(r), state: r.state, effectiveDate: r.effective_date, changeSummary: r.change_summary, contentSha256: r.sha256, renditionSha256: r.rendition_sha256 })),
      signatures: signatures.map((s) => ({ revision: labelOf(s), meaning: s.meaning, printedName: s.printed_name, username: s.username, signedAtUtc: s.signed_at, timeZone: s.time_zone, utcOffset: s.utc_offset, keyId: s.key_id, manifest: s.manifest, signatureBase64: s.signature, publicKeyPem: s.public_key_pem })),
    },
    null,
    2,
  );
}

/** The change record of each revision (what changed, who signed it and when it took effect) and the document's history, as one PDF. */
function recordPdf(document: DocumentRow, revisions: RevisionRow[], signatures: SignatureRow[], history: HistoryEntry[]): Promise<Uint8Array> {
  const revisionRowsText = revisions.map((r) => [labelOf(r), r.state.replace('_', ' '), r.effective_date ?? '—', r.change_summary ?? '—', signatures.filter((s) => s.revision_id === r.id).map((s) => `${s.meaning}: ${s.printed_name}, ${s.signed_at.slice(0, 16).replace('T', ' ')} UTC`).join('\n') || '—']);
  const historyRows = history.map((e) => [`${e.at.slice(0, 16).replace('T', ' ')}`, e.user ?? 'Quire', e.revision ?? '', e.description + (e.reason ? ` — ${e.reason}` : '')]);
  return renderFlowToPdf(
    `${document.number} – record`,
    (flow) => {
      flow.line(`${document.number} ${document.title}`, 14, 'bold');
      flow.line(`Type ${document.doc_type}${document.department ? `, ${document.department}` : ''} · owner ${document.owner_full_name} (${document.owner_username}) · ${document.status}`, 8.5);
      flow.gap(8);
      flow.line('Change records', 11, 'bold');
      flow.gap(4);
      flow.table([{ title: 'Revision', share: 0.1 }, { title: 'State', share: 0.12 }, { title: 'Effective', share: 0.13 }, { title: 'Change', share: 0.3 }, { title: 'Signatures (UTC)', share: 0.35 }], revisionRowsText);
      flow.gap(10);
      flow.line('History', 11, 'bold');
      flow.gap(4);
      flow.table([{ title: 'When (UTC)', share: 0.17 }, { title: 'Who', share: 0.13 }, { title: 'Rev.', share: 0.08 }, { title: 'What happened', share: 0.62 }], historyRows);
    },
    JSON.stringify([document, revisionRowsText, historyRows]),
  );
}

/** Per document: its history (CSV), its change records with signatures (PDF) and the signature manifests (JSON). */
export const documentRecordsSection: AuditPackSection = {
  title: 'Documents: history, change records and signatures',
  description: 'For each document, its whole history, the change record of every revision with the signatures on it, and the signed manifests an auditor can check with OpenSSL.',
  async write(scope, pack) {
    const links: PackLink[] = [];
    for (const document of eachSelectedDocument(scope.db, scope.documentIds)) {
      if (scope.cancelled()) break;
      const folder = documentFolder(document);
      const revisions = revisionRows(scope.db, document.id);
      const signatures = signatureRows(scope.db, { documentId: document.id });
      const history = documentHistory(scope.db, document);
      await pack.add(`${folder}/history.csv`, historyCsv(history));
      await pack.add(`${folder}/signatures.json`, signatureManifests(document, revisions, signatures));
      await pack.add(`${folder}/record.pdf`, await recordPdf(document, revisions, signatures, history));
      links.push({ path: `${folder}/record.pdf`, label: `${document.number} ${document.title} — change records (PDF)` }, { path: `${folder}/history.csv`, label: `${document.number} — history (CSV)` }, { path: `${folder}/signatures.json`, label: `${document.number} — signature manifests (JSON)` });
    }
    return links;
  },
};
