import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../electron/core/pdf/inspect-pdf';
import { stampPdf } from '../../../electron/core/pdf/stamp-pdf';
import { incrementallyUpdatedPdf, type UpdateStructure } from '../../helpers/hostile-pdf';
import { ghostscriptToPdf, postscriptPages, qpdf, qpdfCheckClean } from '../../helpers/pdf-tools';
import { stampSpecFixture } from '../../helpers/stamp-spec-fixture';
import { useTempDir } from '../../helpers/temp-dir';

const dir = useTempDir('update-structures');

/** Prints a clean input as a controlled copy and returns how it was written and what qpdf --check says of it. */
async function printOf(input: string): Promise<{ mode: string; written: string; check: string; ok: boolean }> {
  const source = qpdfCheckClean(input);
  expect(source.ok && !/WARNING/.test(source.output), `${path.basename(input)} is a clean input: ${source.output}`).toBe(true);
  const bytes = readFileSync(input);
  await inspectPdf(bytes);
  const printed = await stampPdf(bytes, stampSpecFixture());
  const output = `${input}.print.pdf`;
  writeFileSync(output, printed.bytes);
  const check = qpdfCheckClean(output);
  return { mode: printed.mode, written: printed.written, check: check.output, ok: check.ok };
}

// Finding 7, the shapes behind "a print of a clean input must check clean": the updates' structure
// varied the ways editors write them, and the permissions-protected file encrypted the ways tools do.
describe('prints of clean inputs of every update and encryption structure check clean', () => {
  const structures: Record<string, UpdateStructure> = {
    'contents array in the page, classic xref tables': {},
    'contents array as its own object, updated in place': { contentsArray: 'own-object' },
    'cross-reference streams in the updates': { xrefStreams: true },
    'own-object array and cross-reference streams': { contentsArray: 'own-object', xrefStreams: true },
    'an object-stream original, then classic updates': { objectStreamBase: true },
    'an object-stream original, own-object array': { objectStreamBase: true, contentsArray: 'own-object' },
  };
  for (const [name, structure] of Object.entries(structures)) {
    it(`four incremental updates, ${name}: the stamped print has no qpdf warning`, async () => {
      const input = path.join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
      await incrementallyUpdatedPdf(input, 4, structure);
      const print = await printOf(input);
      expect(print.mode).toBe('stamped');
      expect(print.check, `${name} (${print.written})`).not.toMatch(/WARNING/);
      expect(print.ok).toBe(true);
    });
  }

  const encryptions: Record<string, string[]> = {
    'RC4 40-bit': ['--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--modify=n', '--'],
    'RC4 128-bit': ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--modify=none', '--'],
    'AES-128 with object streams': ['--object-streams=generate', '--encrypt', '', 'owner', '128', '--use-aes=y', '--modify=none', '--'],
    'AES-256, print only': ['--encrypt', '', 'owner', '256', '--modify=none', '--extract=n', '--'],
    'AES-256 with clear-text metadata': ['--encrypt', '', 'owner', '256', '--modify=none', '--cleartext-metadata', '--'],
  };
  for (const [name, args] of Object.entries(encryptions)) {
    it(`an owner-password file (${name}) that may not be changed prints behind its cover sheet with no qpdf warning`, async () => {
      const plain = path.join(dir, `plain-${name.replace(/\W+/g, '-')}.pdf`);
      const updated = `${plain}.updated.pdf`;
      ghostscriptToPdf(postscriptPages(3), plain);
      await incrementallyUpdatedPdf(updated, 2);
      for (const source of [plain, updated]) {
        const input = `${source}.protected.pdf`;
        qpdf(...args, source, input);
        const print = await printOf(input);
        expect(print.mode).toBe('cover-sheet');
        expect(print.check, `${name} (${print.written})`).not.toMatch(/WARNING/);
        expect(print.ok).toBe(true);
      }
    });
  }
});
