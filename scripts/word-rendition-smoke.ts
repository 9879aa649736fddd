// The Word rendition path on a real Windows or macOS desktop (our own machines have no Word): makes a small
// DOCX from scratch, renders it through Microsoft Word exactly as a print does, stamps it, writes the print
// and runs `qpdf --check` on it. GitHub's runner images ship no Office, so where Word is not installed this
// says so and exits 0: the step is skipped, never faked. Run: `npx tsx scripts/word-rendition-smoke.ts <out-dir>`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { inspectPdf } from '../electron/core/pdf/inspect-pdf';
import { detectWord, systemWordProbe } from '../electron/core/pdf/renditions/detect-word';
import { availableRenditionTool, systemRenditionEnvironment } from '../electron/core/pdf/renditions/rendition-tools';
import { stampPdf } from '../electron/core/pdf/stamp-pdf';

const outDir = path.resolve(process.argv[2] ?? 'word-rendition');
mkdirSync(outDir, { recursive: true });

const word = detectWord(systemWordProbe);
if (!word) {
  console.log('Microsoft Word is not installed on this runner (GitHub-hosted images ship no Office): the Word rendition check is skipped.');
  process.exit(0);
}
console.log(`Found Microsoft Word ${word.version} (${word.platform}) at ${word.location}.`);

// The smallest DOCX Word opens: content types, the package relationship and one paragraph. The name has
// quotes, a dollar sign, a backtick and non-Latin letters: the automation must carry it as data.
const zip = new JSZip();
zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Work instruction WI-014: tighten the flange bolts to 12 Nm. Prüfung 审核.</w:t></w:r></w:p></w:body></w:document>');
const docx = path.join(outDir, "O'Brien $x `quoted` 审核.docx");
writeFileSync(docx, await zip.generateAsync({ type: 'uint8array' }));

const tool = availableRenditionTool(['word'], systemRenditionEnvironment());
if (!tool) throw new Error('Word was detected but is not available as a rendition tool');
const made = await tool.convert(docx, 180_000);
console.log(`Rendered by ${made.tool}: ${(await inspectPdf(made.bytes)).pageCount} page(s).`);
writeFileSync(path.join(outDir, 'rendition.pdf'), made.bytes);

const printed = await stampPdf(made.bytes, {
  documentNumber: 'WI-QA-0014',
  title: 'Flange torque',
  revisionLabel: 'A',
  revisionState: 'effective',
  effectiveDate: '2026-01-01',
  copy: { kind: 'uncontrolled', printedBy: 'CI (Word rendition check)' },
  verificationCode: 'CI-WORD-0001',
  printedAt: new Date().toISOString(),
  printTimeZone: 'UTC',
  contentSha256: '0'.repeat(64),
  signatures: [],
  revisionHistory: [{ label: 'A', effectiveDate: '2026-01-01', changeSummary: 'First issue.' }],
});
const printPath = path.join(outDir, 'print.pdf');
writeFileSync(printPath, printed.bytes);
execFileSync('qpdf', ['--check', printPath], { stdio: 'inherit' });
console.log(`Stamped print ${printPath}: ${printed.pageCount} page(s), qpdf --check passed.`);
