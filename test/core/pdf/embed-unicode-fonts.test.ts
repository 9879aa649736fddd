import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from '../../../electron/core/pdf/pdf-lib';
import { embedUnicodeFonts, latinFacesCover, wrapText } from '../../../electron/core/pdf/fonts';
import { pdfTextOfPage, qpdfCheckClean, squash } from '../../helpers/pdf-tools';
import { useTempDir } from '../../helpers/temp-dir';

const dir = useTempDir('fonts');
const names = ['王小明 (质量经理)', 'Иван Петрович Сидоров', 'José Müller-Łukasiewicz', 'Ωμέγα Δέλτα', 'Zoë 李 Ærø'];

describe('embedUnicodeFonts', () => {
  it('draws names in Chinese, Cyrillic, Greek and accented Latin so that they read back as the same text', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedUnicodeFonts(doc);
    const page = doc.addPage([595, 842]);
    names.forEach((name, i) => fonts.drawText(page, name, { x: 50, y: 780 - i * 30, size: 14, weight: i % 2 ? 'bold' : 'regular' }));
    const path = join(dir, 'names.pdf');
    const bytes = await doc.save();
    writeFileSync(path, bytes);

    expect(qpdfCheckClean(path).ok).toBe(true);
    const text = squash(pdfTextOfPage(path, 1));
    for (const name of names) expect(text).toContain(name);
    // Subsetting keeps the file small although the CJK font is 8 MB.
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('measures mixed-script text as the sum of its runs, and wraps it without losing characters', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedUnicodeFonts(doc);
    const runs = fonts.runsOf('Approved by 王小明 today', 10);
    expect(runs.map((r) => r.text).join('')).toBe('Approved by 王小明 today');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const long = '质量管理体系文件控制程序规定了文件的编制、审核、批准、发放、更改和作废。 Then some English words follow here.';
    const lines = wrapText(fonts, long, 10, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
    for (const line of lines) expect(fonts.widthOfText(line, 10)).toBeLessThanOrEqual(120);
  });

  it('leaves the CJK faces out of a document whose declared text is Latin, and refuses to draw undeclared Chinese', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedUnicodeFonts(doc, 'José Müller-Łukasiewicz · Иван · Ωμέγα');
    const page = doc.addPage([595, 842]);
    fonts.drawText(page, 'José Müller-Łukasiewicz · Иван · Ωμέγα', { x: 50, y: 780, size: 14 });
    expect(() => fonts.drawText(page, '王小明', { x: 50, y: 700, size: 14 })).toThrow(/declared/);
    const path = join(dir, 'latin-only.pdf');
    writeFileSync(path, await doc.save());
    expect(qpdfCheckClean(path).ok).toBe(true);
    expect(squash(pdfTextOfPage(path, 1))).toContain('José Müller-Łukasiewicz · Иван · Ωμέγα');
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toMatch(/Hans|SC/);
    expect(latinFacesCover('Überprüfung')).toBe(true);
    expect(latinFacesCover('审核')).toBe(false);
  });
});
