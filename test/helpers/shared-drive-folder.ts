// A shared-drive folder tree as sites keep one, made by the real tools: Ghostscript PDFs, a LibreOffice
// DOCX, text and Markdown, a corrupt PDF, a hidden file, a link out of the folder, and a master list.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { convertWithLibreOffice, makePdfWithGhostscript, writeFlatOdt } from './office-documents';

export interface SharedDrive {
  root: string;
  /** The master list as rows of cells (header first), to write as CSV or XLSX. */
  sheet: string[][];
}

function write(root: string, relative: string, content: string | Uint8Array): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Builds the folder under `dir` (QA/, Production/, 生产/ …) and returns it with its master list. */
export function buildSharedDrive(dir: string): SharedDrive {
  const root = path.join(dir, 'Shared drive');
  mkdirSync(path.join(root, 'QA', 'SOPs'), { recursive: true });
  // A revision history of three PDFs, and a second document with two.
  for (const rev of ['A', 'B', 'C']) makePdfWithGhostscript(path.join(root, 'QA', 'SOPs', `SOP-QA-0007 Rev ${rev} Line clearance.pdf`), [[`Line clearance revision ${rev}`, 'Remove all materials of the previous batch.'], ['Page two: verify the line is empty.']]);
  for (const rev of ['A', 'B']) makePdfWithGhostscript(path.join(root, 'QA', 'SOPs', `SOP-QA-0008 Rev ${rev} Deviation handling.pdf`), [[`Deviation handling revision ${rev}`]]);
  write(root, 'Production/WI-PRD-0003 Réglage de la presse.txt', 'Réglage de la presse: serrer les vis à 12 N·m.\n');
  write(root, 'Production/notes on cleaning.md', '# Cleaning\n\nWipe the *hopper* daily.\n');
  write(root, '生产/包装作业指导书.txt', '包装作业指导书：每箱十二瓶。\n');
  // A DOCX saved by LibreOffice, as Word users' files arrive.
  const odt = path.join(dir, 'Équipement.fodt');
  writeFlatOdt(odt, [['Qualification de l’équipement: IQ, OQ, PQ.']], { fontSizePt: 11, pageWidthCm: 21 });
  const [docx] = convertWithLibreOffice([odt], 'docx', dir);
  write(root, 'Production/FRM-PRD-0011 Qualification équipement.docx', readFileSync(docx!));
  // What must not become a document.
  write(root, 'QA/SOP-QA-0009 Rev A Broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  write(root, 'QA/copy of SOP-QA-0008 Rev B.pdf', readFileSync(path.join(root, 'QA', 'SOPs', 'SOP-QA-0008 Rev B Deviation handling.pdf')));
  write(root, 'QA/.~lock.SOP-QA-0007.odt#', 'lock');
  write(root, 'QA/Thumbs.db', 'thumbs');
  write(root, 'Production/WI-PRD-0004 Clash one.txt', 'First file claiming WI-PRD-0004 revision A.\n');
  write(root, 'Production/WI-PRD-0004 Clash two.txt', 'Second file claiming WI-PRD-0004 revision A.\n');
  write(dir, 'outside/secret.txt', 'Not part of the shared drive.\n');
  symlinkSync(path.join(dir, 'outside', 'secret.txt'), path.join(root, 'QA', 'link-to-secret.txt'));
  const sheet = [
    ['Path', 'Number', 'Title', 'Type', 'Department', 'Revision', 'Effective Date', 'Review interval'],
    ['QA/SOPs/SOP-QA-0007 Rev A Line clearance.pdf', 'SOP-QA-0007', 'Line clearance', 'SOP', 'QA', 'A', '2019-03-01', '24'],
    ['QA/SOPs/SOP-QA-0007 Rev B Line clearance.pdf', 'SOP-QA-0007', 'Line clearance', 'SOP', 'QA', 'B', '15.06.2021', '24'],
    ['QA/SOPs/SOP-QA-0007 Rev C Line clearance.pdf', 'SOP-QA-0007', 'Line clearance; "dégagement de ligne"', 'SOP', 'QA', 'C', '2024-01-10', '24'],
    ['QA/SOPs/SOP-QA-0008 Rev A Deviation handling.pdf', 'SOP-QA-0008', 'Deviation handling', 'SOP', 'QA', 'A', '2020-01-01', ''],
    ['QA/SOPs/SOP-QA-0008 Rev B Deviation handling.pdf', 'SOP-QA-0008', 'Deviation handling', 'SOP', 'QA', 'B', '2022-02-02', ''],
    ['Production/WI-PRD-0003 Réglage de la presse.txt', 'WI-PRD-0003', 'Réglage de la presse', 'WI', 'PRD', 'Rev B', '', ''],
    ['生产/包装作业指导书.txt', 'WI-PRD-0010', '包装作业指导书', 'WI', 'PRD', 'A', '2023-05-05', ''],
    ['Production/notes on cleaning.md', '', 'Cleaning notes', 'WI', 'PRD', '', '', ''],
    ['Production/FRM-PRD-0011 Qualification équipement.docx', 'FRM-PRD-0011', 'Qualification de l’équipement', 'FRM', 'PRD', 'A', '2022-09-09', ''],
    ['QA/SOP-QA-0009 Rev A Broken.pdf', 'SOP-QA-0009', 'Broken procedure', 'SOP', 'QA', 'A', '', ''],
    ['QA/copy of SOP-QA-0008 Rev B.pdf', 'SOP-QA-0012', 'Copy of deviation handling', 'SOP', 'QA', 'A', '', ''],
    ['Production/WI-PRD-0004 Clash one.txt', 'WI-PRD-0004', 'Clash', 'WI', 'PRD', 'A', '', ''],
    ['Production/WI-PRD-0004 Clash two.txt', 'WI-PRD-0004', 'Clash', 'WI', 'PRD', 'A', '', ''],
    ['QA/SOPs/SOP-QA-0099 Rev A Missing.pdf', 'SOP-QA-0099', 'Missing', 'SOP', 'QA', 'A', '', ''],
  ];
  return { root, sheet };
}

/** The sheet as European Excel saves CSV: `;` separators, a BOM, quotes around fields that need them. */
export function sheetAsCsv(rows: string[][]): string {
  const cell = (c: string) => (/[;"\n]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
