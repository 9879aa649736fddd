import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSignatureManifest, parseSignatureManifest } from '../../../electron/core/signatures';
import { approvalFields, errorCodeOf } from './manifest-fields';

describe('the canonical signature manifest', () => {
  it('is byte for byte the documented format: sorted keys, no whitespace, version tag, UTC with milliseconds', () => {
    expect(canonicalSignatureManifest(approvalFields())).toBe(
      '{"comment":"Approved after CAPA-118 was closed.",' +
        '"contentSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",' +
        '"documentId":"doc-0007","documentNumber":"SOP-QA-0007","format":"quire-signature-manifest/1",' +
        '"meaning":"approved","previousSignatureSha256":null,"printedName":"Łukasz Wójcik",' +
        '"revisionId":"rev-0007-b","revisionLabel":"B","signedAtUtc":"2026-01-15T09:30:00.123Z",' +
        '"signerKeyId":"0000000000000000000000000000000000000000000000000000000000000000",' +
        '"signerUserId":"user-42","signerUsername":"lwojcik","timeZone":"Europe/Warsaw","utcOffset":"+01:00"}',
    );
  });

  it('is the same for 张伟, Łukasz Wójcik and Ёлка whether the names arrive in NFC or NFD', () => {
    for (const name of ['张伟', 'Łukasz Wójcik', 'Ёлка']) {
      const nfc = canonicalSignatureManifest(approvalFields({ printedName: name.normalize('NFC'), comment: `${name} OK` }));
      const nfd = canonicalSignatureManifest(approvalFields({ printedName: name.normalize('NFD'), comment: `${name.normalize('NFD')} OK` }));
      expect(nfd).toBe(nfc);
      expect(nfc).toContain(`"printedName":"${name.normalize('NFC')}"`);
    }
    // The test only proves something if NFD really differs for some of them.
    expect('Ёлка'.normalize('NFD')).not.toBe('Ёлка');
    expect('Łukasz Wójcik'.normalize('NFD')).not.toBe('Łukasz Wójcik');
  });

  it('signs a blank comment as no comment, and Windows line endings as plain line breaks', () => {
    const none = canonicalSignatureManifest(approvalFields({ comment: null }));
    expect(none).toContain('"comment":null');
    expect(canonicalSignatureManifest(approvalFields({ comment: '' }))).toBe(none);
    expect(canonicalSignatureManifest(approvalFields({ comment: ' \r\n ' }))).toBe(none);
    expect(canonicalSignatureManifest(approvalFields({ comment: 'line one\r\nline two' }))).toContain('"comment":"line one\\nline two"');
  });

  it('writes the content hash and key ids in lower case', () => {
    const upper = approvalFields({ contentSha256: approvalFields().contentSha256.toUpperCase() });
    expect(canonicalSignatureManifest(upper)).toBe(canonicalSignatureManifest(approvalFields()));
  });

  it('refuses fields that would make an ambiguous or unreadable record', async () => {
    const refused: Parameters<typeof approvalFields>[0][] = [
      { contentSha256: 'abc' },
      { signerKeyId: 'not-a-fingerprint' },
      { previousSignatureSha256: 'xyz' },
      { meaning: 'liked' as never },
      { printedName: '' },
      { printedName: 'Eve\u0000Mallory' },
      { printedName: 'Eve\nMallory' },
      { printedName: 'broken \ud800 surrogate' },
      { comment: 'bell \u0007' },
      { signedAt: new Date('not a date') },
      { signedAt: new Date(Date.UTC(10000, 0, 1)) },
      { timeZone: '+01:00' },
      { timeZone: 'Mars/Olympus_Mons' },
      { utcOffset: '+1:00' },
      { utcOffset: '-00:00' },
      { documentId: 7 as never },
    ];
    for (const override of refused) {
      expect(await errorCodeOf(() => canonicalSignatureManifest(approvalFields(override))), JSON.stringify(override)).toBe(
        'SIGNATURE_MANIFEST_INVALID',
      );
    }
  });

  it('parses back into the fields it was made from', () => {
    const manifest = canonicalSignatureManifest(approvalFields({ previousSignatureSha256: 'ab'.repeat(32) }));
    const fields = parseSignatureManifest(manifest);
    expect(fields).toEqual(approvalFields({ previousSignatureSha256: 'ab'.repeat(32) }));
    expect(canonicalSignatureManifest(fields)).toBe(manifest);
  });

  it('binds a supplied PDF rendition in format 2, and stays byte for byte format 1 without one', () => {
    const plain = canonicalSignatureManifest(approvalFields());
    expect(JSON.parse(plain)).toMatchObject({ format: 'quire-signature-manifest/1' });
    expect(plain).not.toContain('renditionSha256');
    expect(canonicalSignatureManifest(approvalFields({ renditionSha256: null }))).toBe(plain);
    const withRendition = canonicalSignatureManifest(approvalFields({ renditionSha256: 'CD'.repeat(32) }));
    expect(JSON.parse(withRendition)).toMatchObject({ format: 'quire-signature-manifest/2', renditionSha256: 'cd'.repeat(32) });
    expect(Object.keys(JSON.parse(withRendition))).toEqual([...Object.keys(JSON.parse(withRendition))].sort());
    expect(parseSignatureManifest(withRendition)).toEqual(approvalFields({ renditionSha256: 'cd'.repeat(32) }));
    // A format 2 manifest without the hash, or format 1 with one, is not canonical.
    expect(() => parseSignatureManifest(withRendition.replace(/"renditionSha256":"[0-9a-f]+",/u, ''))).toThrow();
    expect(() => parseSignatureManifest(withRendition.replace('quire-signature-manifest/2', 'quire-signature-manifest/1'))).toThrow();
  });

  it('refuses to parse anything that is not exactly canonical', async () => {
    const manifest = canonicalSignatureManifest(approvalFields());
    const value = JSON.parse(manifest);
    const notCanonical = [
      JSON.stringify(value, null, 2),
      JSON.stringify({ format: value.format, ...value }),
      canonicalJson({ ...value, extra: 'x' }),
      canonicalJson({ ...value, format: 'quire-signature-manifest/2' }),
      canonicalJson({ ...value, printedName: 'Łukasz Wójcik'.normalize('NFD') }),
      manifest.replace('Łukasz', '\\u0141ukasz'),
      `${manifest}\n`,
      'null',
      'garbage',
    ];
    for (const text of notCanonical) {
      expect(await errorCodeOf(() => parseSignatureManifest(text)), text).toBe('SIGNATURE_MANIFEST_INVALID');
    }
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves no whitespace', () => {
    expect(canonicalJson({ b: [1, { z: true, a: null }], a: 'x "y"' })).toBe('{"a":"x \\"y\\"","b":[1,{"a":null,"z":true}]}');
  });

  it('refuses values that JSON would silently drop or change', async () => {
    expect(await errorCodeOf(() => canonicalJson({ a: undefined as never }))).toBe('INTERNAL');
    expect(await errorCodeOf(() => canonicalJson({ a: Number.NaN }))).toBe('INTERNAL');
  });
});
