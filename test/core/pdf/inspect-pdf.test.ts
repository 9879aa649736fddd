import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../electron/core/pdf/inspect-pdf';
import { isQuireError } from '../../../shared/errors';
import { buildPdfCorpus, type CorpusFile } from '../../helpers/pdf-corpus';
import { useTempDir } from '../../helpers/temp-dir';

const dir = useTempDir('inspect');
let corpus: CorpusFile[] = [];
beforeAll(async () => {
  corpus = await buildPdfCorpus(dir);
});

describe('inspectPdf at import', () => {
  it('accepts every printable shape with its page count and encryption kind, and refuses the rest with a specific code', async () => {
    for (const file of corpus) {
      const bytes = readFileSync(file.path);
      if ('refusedWith' in file.expected) {
        const error = await inspectPdf(bytes).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isQuireError(error) ? error.code : error, file.name).toBe(file.expected.refusedWith);
      } else {
        const info = await inspectPdf(bytes);
        expect(info.pageCount, file.name).toBe(file.expected.pages);
        expect(info.encryption, file.name).toBe(file.expected.encryption);
      }
    }
  });

  it('reports what an owner password permits, and who produced the file', async () => {
    const restricted = await inspectPdf(readFileSync(`${dir}/owner-password-no-modify.pdf`));
    expect(restricted.permissions).toEqual({ print: true, modify: false });
    const plain = await inspectPdf(readFileSync(`${dir}/ghostscript.pdf`));
    expect(plain.permissions).toBeNull();
    expect(plain.producer).toMatch(/Ghostscript/i);
  });

  it('refuses a PDF whose compressed page content is damaged, naming the stream, and leaves the bytes as they were', async () => {
    const sound = readFileSync(`${dir}/ghostscript.pdf`);
    const text = sound.toString('latin1');
    const flate = /\/Filter\s*\/FlateDecode[^]*?stream\r?\n/.exec(text);
    expect(flate).not.toBeNull();
    const damaged = Buffer.from(sound);
    const dataAt = flate!.index + flate![0].length;
    for (let i = dataAt + 2; i < dataAt + 12; i++) damaged[i] = damaged[i]! ^ 0x5a;
    const kept = Buffer.from(damaged);
    const error = await inspectPdf(damaged).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PDF_CORRUPT', details: { reason: expect.stringMatching(/^stream \d+ \d+ R cannot be decompressed$/) } });
    expect(damaged.equals(kept)).toBe(true);
    expect((await inspectPdf(new Uint8Array(sound))).pageCount).toBeGreaterThan(0);
  });

  it('refuses empty input and random bytes quickly', async () => {
    await expect(inspectPdf(new Uint8Array())).rejects.toMatchObject({ code: 'CONTENT_EMPTY' });
    const noise = new Uint8Array(2_000_000).map((_, i) => (i * 7919) % 251);
    const started = performance.now();
    await expect(inspectPdf(noise)).rejects.toMatchObject({ code: 'NOT_A_PDF' });
    expect(performance.now() - started).toBeLessThan(100);
  });
});
