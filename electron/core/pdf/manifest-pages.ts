import type { UnicodeFonts } from './fonts';
import { PageFlow } from './page-flow';
import type { PDFDocument, PDFPage } from './pdf-lib';
import type { StampSpec } from './stamp-spec';
import { dateTimeInZone, identityLine } from './stamp-wording';

const bodySize = 8.5;
const hashSize = 6.5;

/**
 * Appends the signature manifest: every signature (printed name, meaning, local date and time
 * with zone, content hash) and the revision history, over as many pages as they need.
 * Returns the pages added, in order, with their content written.
 */
export function appendManifestPages(doc: PDFDocument, fonts: UnicodeFonts, spec: StampSpec, width: number, height: number): PDFPage[] {
  const flow = new PageFlow(doc, fonts, width, height);
  flow.newPage();
  flow.line('Signature manifest', 14, 'bold');
  flow.gap(2);
  flow.line(identityLine(spec), 9);
  flow.line(`Content SHA-256 of this revision: ${spec.contentSha256}`, 7);
  if (spec.renditionSha256) flow.line(`PDF rendition SHA-256 (supplied by the author, signed with the content): ${spec.renditionSha256}`, 7);
  flow.gap(10);

  tableSection(
    flow,
    'Electronic signatures',
    'No signatures are recorded for this revision.',
    [
      { title: 'Printed name', share: 0.28 },
      { title: 'Meaning', share: 0.16 },
      { title: 'Signed at (signer’s time zone)', share: 0.3 },
      { title: 'Signed content SHA-256', share: 0.26, size: hashSize },
    ],
    spec.signatures.map((s) => [s.printedName, s.note ? `${s.meaning}\n(${s.note})` : s.meaning, `${dateTimeInZone(s.signedAt, s.timeZone)}\n${s.timeZone}`, s.renditionSha256 ? `${s.contentSha256}\nPDF ${s.renditionSha256}` : s.contentSha256]),
  );
  flow.gap(14);

  tableSection(
    flow,
    'Revision history',
    'No revision history is recorded.',
    [
      { title: 'Revision', share: 0.14 },
      { title: 'Effective', share: 0.16 },
      { title: 'Change summary', share: 0.7 },
    ],
    spec.revisionHistory.map((row) => [row.label, row.effectiveDate ?? '—', row.changeSummary || '—']),
  );

  // Only revisions that carry out change requests get this section: the others' manifests stay as they were.
  if (spec.changeRequests?.length) {
    flow.gap(14);
    tableSection(
      flow,
      'Change requests carried out',
      '',
      [
        { title: 'Request', share: 0.14 },
        { title: 'Requested by', share: 0.22 },
        { title: 'State', share: 0.14 },
        { title: 'Reason', share: 0.5 },
      ],
      spec.changeRequests.map((c) => [c.number, c.requestedBy, c.state, c.reason]),
    );
  }

  return flow.finish();
}

/** A titled table, or a sentence saying it is empty. */
function tableSection(flow: PageFlow, title: string, whenEmpty: string, columns: Parameters<PageFlow['table']>[0], rows: string[][]): void {
  flow.line(title, 11, 'bold');
  flow.gap(4);
  if (rows.length === 0) flow.line(whenEmpty, bodySize);
  else flow.table(columns, rows);
}
