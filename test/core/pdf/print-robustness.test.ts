import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../electron/core/pdf/inspect-pdf';
import { stampPdf } from '../../../electron/core/pdf/stamp-pdf';
import { isQuireError } from '../../../shared/errors';
import { buildPdfCorpus } from '../../helpers/pdf-corpus';
import { qpdfCheck } from '../../helpers/pdf-tools';
import { stampSpecFixture } from '../../helpers/stamp-spec-fixture';
import { useTempDir } from '../../helpers/temp-dir';

const dir = useTempDir('robustness');

// qpdf rewrites of each sound file, and damaged copies of it.
const rewrites: Record<string, string[]> = {
  'object-streams': ['--object-streams=generate'],
  'no-object-streams': ['--object-streams=disable'],
  linearized: ['--linearize'],
  qdf: ['--qdf'],
  uncompressed: ['--stream-data=uncompress'],
  'rotate-270': ['--rotate=+270:1-z'],
  'owner-aes128': ['--encrypt', '', 'owner', '128', '--use-aes=y', '--'],
  'owner-aes256-print-only': ['--encrypt', '', 'owner', '256', '--modify=none', '--'],
};

function damagedCopies(path: string): string[] {
  const bytes = readFileSync(path);
  const out: string[] = [];
  const write = (suffix: string, data: Uint8Array) => {
    const target = join(dir, `${basename(path, '.pdf')}-${suffix}.pdf`);
    writeFileSync(target, data);
    out.push(target);
  };
  for (const share of [0.1, 0.5, 0.9]) write(`cut-${share}`, bytes.subarray(0, Math.floor(bytes.length * share)));
  write('cut-last-20-bytes', bytes.subarray(0, bytes.length - 20));
  const flipped = Buffer.from(bytes);
  for (let i = Math.floor(bytes.length / 3); i < bytes.length; i += Math.floor(bytes.length / 7)) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
  write('bytes-flipped', flipped);
  write('xref-garbled', Buffer.from(bytes.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999999999'), 'latin1'));
  return out;
}

describe('printing a corpus of real-world shapes', () => {
  it('every input qpdf accepts is imported and prints into a file qpdf accepts, or is refused with a coded error; nothing crashes', async () => {
    const corpus = await buildPdfCorpus(dir, { bigPages: 30 });
    const inputs = corpus.map((file) => file.path);
    for (const file of corpus) {
      if ('refusedWith' in file.expected || file.expected.encryption !== 'none') continue;
      for (const [name, args] of Object.entries(rewrites)) {
        const target = join(dir, `${basename(file.path, '.pdf')}-${name}.pdf`);
        const run = spawnSync('qpdf', [...args, file.path, target]);
        if (run.status === 0 || run.status === 3) inputs.push(target);
      }
      inputs.push(...damagedCopies(file.path));
    }

    const counts = { inputs: inputs.length, qpdfAccepts: 0, printed: 0, refused: 0, refusedAlthoughQpdfAccepts: 0, brokenOutput: 0, crashed: 0 };
    const refusals: Record<string, number> = {};
    const problems: string[] = [];
    for (const input of inputs) {
      const accepted = qpdfCheck(input).ok;
      if (accepted) counts.qpdfAccepts++;
      try {
        // As in the app: a PDF is inspected when it is imported, and only what passes is ever printed.
        const bytes = readFileSync(input);
        await inspectPdf(bytes);
        const result = await stampPdf(bytes, stampSpecFixture());
        const output = `${input}.printed.pdf`;
        writeFileSync(output, result.bytes);
        counts.printed++;
        if (!qpdfCheck(output).ok) {
          counts.brokenOutput++;
          problems.push(`${basename(input)}: output fails qpdf --check`);
        }
      } catch (error) {
        if (isQuireError(error)) {
          counts.refused++;
          refusals[error.code] = (refusals[error.code] ?? 0) + 1;
          if (accepted) {
            counts.refusedAlthoughQpdfAccepts++;
            problems.push(`${basename(input)}: refused ${error.code} although qpdf accepts it`);
          }
        } else {
          counts.crashed++;
          problems.push(`${basename(input)}: crashed: ${String(error)}`);
        }
      }
    }
    console.log('print robustness counts', JSON.stringify(counts), 'refusals', JSON.stringify(refusals));
    if (problems.length) console.log(problems.join('\n'));
    expect(counts.crashed).toBe(0);
    expect(counts.brokenOutput).toBe(0);
    expect(counts.printed + counts.refused).toBe(counts.inputs);
  });
});
