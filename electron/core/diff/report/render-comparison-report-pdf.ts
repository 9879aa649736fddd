import { QuireError } from '../../../../shared/errors';
import { embedUnicodeFonts } from '../../pdf/fonts';
import { PDFDocument } from '../../pdf/pdf-lib';
import { comparisonMethodSentence, type ComparisonHunk, type TextComparison, type TextPosition } from '../../../../shared/text-comparison';
import type { ComparisonReportHeader, ReportRevision } from './comparison-report-header';
import type { MarkedText } from './layout-marked-text';
import { reportColors, ReportPageWriter } from './report-page-writer';

/**
 * Renders a comparison as a PDF report for reviewers and auditors: both revisions' labels, SHA-256
 * hashes, change summaries and signatures, the summary of changes, then every change inline with
 * additions underlined green and deletions struck red, each with its pages. Throws QuireError
 * COMPARISON_REPORT_FAILED if the PDF cannot be written.
 */
export async function renderComparisonReportPdf(comparison: TextComparison, header: ComparisonReportHeader): Promise<Uint8Array> {
  try {
    const doc = await PDFDocument.create();
    doc.setTitle(`${header.documentNumber} – comparison of Rev ${header.old.label} and Rev ${header.new.label}`);
    doc.setCreator('Quire');
    const writer = new ReportPageWriter(doc, await embedUnicodeFonts(doc));
    writeHeader(writer, header);
    writeSummary(writer, comparison, header);
    writeChanges(writer, comparison);
    writer.finish(
      (page, count) =>
        `${header.documentNumber} · Comparison of Rev ${header.old.label} (${header.old.sha256.slice(0, 12)}…) and Rev ${header.new.label} (${header.new.sha256.slice(0, 12)}…) · ` +
        `Generated ${header.generatedAt}${header.generatedBy ? ` by ${header.generatedBy}` : ''} · Uncontrolled when printed: not a controlled copy · Page ${page} of ${count}`,
    );
    return await doc.save();
  } catch (error) {
    throw new QuireError('COMPARISON_REPORT_FAILED', {}, { cause: error instanceof Error ? error.message : String(error) });
  }
}

function writeHeader(writer: ReportPageWriter, header: ComparisonReportHeader): void {
  writer.paragraph('Comparison of revisions', { size: 9, color: reportColors.muted });
  writer.paragraph(`${header.documentNumber}  ${header.title}`, { size: 16, weight: 'bold' });
  writer.gap(8);
  writer.columns(`Old: Rev ${header.old.label}`, `New: Rev ${header.new.label}`, { size: 12, weight: 'bold' });
  writer.columns(revisionFacts(header.old), revisionFacts(header.new), { size: 8.5 });
  // Hashes are printed whole, on full-width lines, so an auditor can check them character by character.
  writer.paragraph(`Rev ${header.old.label} SHA-256: ${header.old.sha256}`, { size: 8.5 });
  writer.paragraph(`Rev ${header.new.label} SHA-256: ${header.new.sha256}`, { size: 8.5 });
  writer.gap(4);
  writer.columns('Change summary', 'Change summary', { size: 9, weight: 'bold' });
  writer.columns(header.old.changeSummary ?? '—', header.new.changeSummary ?? '—', { size: 9 });
  writer.gap(4);
  // Only when either side carries out change requests: other reports stay as they were.
  if (header.old.changeRequests?.length || header.new.changeRequests?.length) {
    writer.columns('Change requests', 'Change requests', { size: 9, weight: 'bold' });
    writer.columns(header.old.changeRequests?.join('\n') || '—', header.new.changeRequests?.join('\n') || '—', { size: 9 });
    writer.gap(4);
  }
  writer.columns('Signatures', 'Signatures', { size: 9, weight: 'bold' });
  writer.columns(signatureLines(header.old), signatureLines(header.new), { size: 9 });
  writer.rule();
}

function revisionFacts(revision: ReportRevision): string {
  return [
    revision.status ? `Status: ${revision.status}` : undefined,
    revision.effectiveDate ? `Effective: ${revision.effectiveDate}` : 'Effective: not yet',
  ]
    .filter(Boolean)
    .join('\n');
}

function signatureLines(revision: ReportRevision): string {
  if (revision.signatures.length === 0) return 'No signatures.';
  return revision.signatures.map((s) => `${s.meaning}: ${s.printedName}, ${s.signedAt}`).join('\n');
}

function writeSummary(writer: ReportPageWriter, comparison: TextComparison, header: ComparisonReportHeader): void {
  const { summary } = comparison;
  writer.paragraph('Summary', { size: 12, weight: 'bold' });
  writer.gap(2);
  const pages = (list: number[]) => (list.length === 0 ? 'none' : list.join(', '));
  const lines = comparison.identical
    ? ['The text of the two revisions is the same.']
    : [
        `${summary.changes} ${summary.changes === 1 ? 'place' : 'places'} changed: ${summary.wordsAdded} words added, ${summary.wordsRemoved} words removed (${summary.linesAdded} lines added, ${summary.linesRemoved} lines removed).`,
        `Pages changed in Rev ${header.old.label}: ${pages(summary.oldPagesChanged)}.`,
        `Pages changed in Rev ${header.new.label}: ${pages(summary.newPagesChanged)}.`,
      ];
  lines.push(comparisonMethodSentence(comparison));
  if (comparison.precisionNote) lines.push(`Note: ${comparison.precisionNote}`);
  for (const line of lines) writer.paragraph(line, { size: 10 });
  if (header.metadataChanges && header.metadataChanges.length > 0) {
    writer.gap(6);
    writer.paragraph('Document attributes changed', { size: 10, weight: 'bold' });
    for (const change of header.metadataChanges) {
      writer.markedParagraph(
        [
          { text: `${change.label}: `, marking: 'same' },
          { text: formatValue(change.old), marking: 'removed' },
          { text: ' → ', marking: 'same' },
          { text: formatValue(change.new), marking: 'added' },
        ],
        { size: 9.5, indent: 10 },
      );
    }
  }
  writer.rule();
}

function formatValue(value: string | number | boolean | readonly string[] | null): string {
  if (value === null) return '(not set)';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function writeChanges(writer: ReportPageWriter, comparison: TextComparison): void {
  if (comparison.identical) return;
  writer.paragraph('Changes', { size: 12, weight: 'bold' });
  let number = 0;
  let previous: ComparisonHunk | undefined;
  for (const hunk of comparison.hunks) {
    if (hunk.kind === 'unchanged-context') {
      // Context that follows a change stays with it; context before the next change opens a new block.
      if (previous === undefined || previous.kind === 'unchanged-context') writer.gap(6);
      writer.markedParagraph([{ text: hunk.new.map((p) => p.text).join('\n'), marking: 'context' }], { size: 9, indent: 14 });
      previous = hunk;
      continue;
    }
    number++;
    if (previous === undefined || previous.kind !== 'unchanged-context') writer.gap(6);
    writer.ensure(40);
    writer.paragraph(`${number}. ${kindLabel(hunk)} — ${where(hunk)}`, { size: 9, weight: 'bold', color: reportColors.muted });
    writer.markedParagraph(markedTextOf(hunk), { size: 10, indent: 14 });
    previous = hunk;
  }
}

function kindLabel(hunk: ComparisonHunk): string {
  return hunk.kind === 'added' ? 'Added' : hunk.kind === 'removed' ? 'Removed' : 'Changed';
}

function where(hunk: ComparisonHunk): string {
  const span = (passages: ComparisonHunk['old'], at: TextPosition) => {
    const first = passages[0]?.from ?? at;
    const last = passages[passages.length - 1]?.to ?? at;
    const lines = first.page === last.page ? (first.line === last.line ? `line ${first.line}` : `lines ${first.line}–${last.line}`) : `line ${first.line} to page ${last.page} line ${last.line}`;
    return `page ${first.page}, ${lines}`;
  };
  if (hunk.kind === 'added') return `new ${span(hunk.new, hunk.newAt)} (inserted at old page ${hunk.oldAt.page})`;
  if (hunk.kind === 'removed') return `old ${span(hunk.old, hunk.oldAt)} (missing at new page ${hunk.newAt.page})`;
  return `old ${span(hunk.old, hunk.oldAt)}; new ${span(hunk.new, hunk.newAt)}`;
}

function markedTextOf(hunk: ComparisonHunk): MarkedText[] {
  if (hunk.words) {
    const marked: MarkedText[] = [];
    for (const part of hunk.words) {
      const previous = marked[marked.length - 1];
      // A deletion and the addition replacing it would otherwise touch: keep a space between them.
      if (previous && previous.marking !== 'same' && part.kind !== 'same' && !/\s$/u.test(previous.text) && !/^\s/u.test(part.text)) marked.push({ text: ' ', marking: 'same' });
      marked.push({ text: part.text, marking: part.kind });
    }
    return marked;
  }
  const removed: MarkedText[] = hunk.old.length > 0 ? [{ text: hunk.old.map((p) => p.text).join('\n'), marking: 'removed' }] : [];
  const added: MarkedText[] = hunk.new.length > 0 ? [{ text: hunk.new.map((p) => p.text).join('\n'), marking: 'added' }] : [];
  return removed.length > 0 && added.length > 0 ? [...removed, { text: '\n', marking: 'same' }, ...added] : [...removed, ...added];
}
