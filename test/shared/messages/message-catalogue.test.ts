import { describe, expect, it } from 'vitest';
import { apiContract, methodNames } from '../../../shared/contract';
import { allErrorCodes, QuireError, type ErrorCode } from '../../../shared/errors';
import { catalogues, errorMessage, formatSize, type MessageCatalogue } from '../../../shared/messages';
import { en } from '../../../shared/messages/en';
import { fieldWords } from '../../../shared/messages/en/english-words';
import { permissions } from '../../../shared/roles';
import { sampleErrorParams } from './sample-error-params';

/** Every sentence a user can read: each code rendered with each of its sample parameters, in every language. */
function everySentence(): { language: string; code: ErrorCode; sentence: string }[] {
  return Object.entries(catalogues).flatMap(([language, catalogue]) =>
    allErrorCodes.flatMap((code) =>
      sampleErrorParams[code].map((params) => ({ language, code, sentence: (catalogue[code] as (p: unknown) => string)(params) })),
    ),
  );
}

describe('the message catalogue', () => {
  it('gives a sentence for every error code, and its type will not accept a catalogue that lacks one', () => {
    for (const code of allErrorCodes) expect(typeof en[code], code).toBe('function');
    expect(Object.keys(en).sort()).toEqual([...allErrorCodes].sort());
    const { WRONG_PASSWORD: _left, ...lacking } = en;
    // @ts-expect-error a catalogue without a sentence for WRONG_PASSWORD is not a MessageCatalogue
    const incomplete: MessageCatalogue = lacking;
    expect(incomplete).not.toHaveProperty('WRONG_PASSWORD');
  });

  it('has a sample for every code and renders each to a whole sentence', () => {
    for (const { code, sentence } of everySentence()) {
      expect(sentence, code).toMatch(/^\S.*[.?!)]$/s);
      expect(sentence, code).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it('never shows a method name, a --flag, a QUIRE_ variable, a quire command or a raw byte count', () => {
    const identifiers = [...methodNames, ...permissions];
    for (const { code, sentence } of everySentence()) {
      for (const name of identifiers) expect(sentence, `${code} names ${name}`).not.toContain(name);
      expect(sentence, code).not.toMatch(/(^|\s|\()--[a-z]/);
      expect(sentence, code).not.toMatch(/QUIRE_[A-Z]/);
      expect(sentence, code).not.toMatch(/(^|[\s"(])quire [a-z]/);
      expect(sentence, code).not.toMatch(/\d\s*bytes?\b/i);
      expect(sentence, code).not.toMatch(/\d{6,}/);
    }
  });

  it('names every field of every method input in the user words', () => {
    const keys = new Set<string>();
    const walk = (schema: unknown, prefix: string) => {
      const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def.type === 'object') {
        for (const [key, inner] of Object.entries(def.shape as Record<string, unknown>)) {
          keys.add(prefix + key);
          walk(inner, `${prefix}${key}.`);
        }
      }
      for (const inner of [def.innerType, def.in, def.out, def.element]) if (inner) walk(inner, prefix);
      for (const option of (def.options as unknown[] | undefined) ?? []) walk(option, prefix);
    };
    for (const method of methodNames) walk(apiContract[method].input, '');
    const missing = [...keys].filter((key) => !(key in fieldWords) && !(key.split('.').at(-1)! in fieldWords));
    expect(missing).toEqual([]);
  });

  it('writes sizes in KB, MB or GB through one helper', () => {
    expect(formatSize(536870912)).toBe('512 MB');
    expect(formatSize(65537)).toBe('64 KB');
    expect(formatSize(1.5 * 1024 ** 3)).toBe('1.5 GB');
    expect(errorMessage({ code: 'CONTENT_TOO_LARGE', params: { fileName: 'large.bin', sizeBytes: 600_000_000, limitBytes: 536870912 } })).toBe(
      'The file large.bin is 572 MB; this vault accepts files up to 512 MB.',
    );
  });

  it('refuses the old (code, sentence) form and parameters of the wrong shape at compile time', () => {
    // @ts-expect-error a sentence where the parameters go
    const old = new QuireError('WRONG_PASSWORD', 'The user name or password is wrong.');
    // @ts-expect-error DOCUMENT_NOT_FOUND declares its parameters: they are required
    const bare = new QuireError('DOCUMENT_NOT_FOUND');
    // @ts-expect-error and they must have the declared shape
    const wrong = new QuireError('DOCUMENT_NOT_FOUND', { document: 'SOP-1' });
    expect([old, bare, wrong].map((e) => e.code)).toEqual(['WRONG_PASSWORD', 'DOCUMENT_NOT_FOUND', 'DOCUMENT_NOT_FOUND']);
  });

  it('is what a QuireError says in English, and what its serialized form carries', () => {
    const error = new QuireError('DOCUMENT_NOT_FOUND', { number: 'SOP-QA-0099' });
    expect(error.message).toBe(en.DOCUMENT_NOT_FOUND({ number: 'SOP-QA-0099' }));
    expect(error.toJSON()).toEqual({ code: 'DOCUMENT_NOT_FOUND', params: { number: 'SOP-QA-0099' }, message: error.message });
    expect(errorMessage(QuireError.fromJSON(error.toJSON()))).toBe(error.message);
  });
});
