import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTimeZoneAt } from '../../../electron/core/signatures';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { checkSignatureWithOpenssl, opensslSha256 } from '../../helpers/openssl';
import { signInChildProcess } from '../../helpers/sign-in-child-process';
import { routedDocument, sign } from '../../helpers/workflow';

// What one electronic signature records (21 CFR 11.50, 11.70): printed name, user, UTC time with the
// signer's time zone, meaning, comment and the content's SHA-256; and that an auditor can check it
// offline with openssl from what the vault stores.
describe('the record of a signature', () => {
  let t: TestVault;
  const at = new Date('2026-01-15T14:30:00.123Z');
  const tokens: Record<string, string> = {};
  const text = 'Cleaning of filling line 3: the text reviewers read.\n';

  beforeAll(async () => {
    t = await createTestVault({ now: () => at });
    Object.assign(tokens, await signInCast(t, 'arun', 'zhang', 'rita', 'lukasz'));
  });
  afterAll(() => t.cleanup());

  const stored = (id: number) =>
    t.core.vault.db.prepare('SELECT s.*, k.public_key_pem FROM signatures s JOIN signing_keys k ON k.id = s.signing_key_id WHERE s.id = ?').get(id) as { manifest: string; signature: string; public_key_pem: string; user_id: number };

  it('names who signed, when and where, what it means, why, and which content', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['zhang'], approvers: ['lukasz'] }, { text });
    const { signature } = await sign(t, tokens.zhang!, number, 'reviewed', 'Steps 1–4 checked against the line.');
    const zone = localTimeZoneAt(at);
    const contentSha256 = opensslSha256(t.file('signed-content.txt', text));
    expect(signature).toEqual({
      id: signature.id,
      document: number,
      revision: 'A.1',
      signer: { username: 'zhang', printedName: '张伟' },
      meaning: 'reviewed',
      comment: 'Steps 1–4 checked against the line.',
      signedAt: '2026-01-15T14:30:00.123Z',
      timeZone: zone.timeZone,
      utcOffset: zone.utcOffset,
      contentSha256,
      // No PDF rendition was supplied with this text: the manifest stays format 1 and binds none.
      renditionSha256: null,
      keyId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const zhang = (await t.core.call(tokens.zhang!, 'users.list', {})).find((u) => u.username === 'zhang')!;
    expect(JSON.parse(stored(signature.id).manifest)).toMatchObject({ signerUserId: String(zhang.id), signerUsername: 'zhang', printedName: '张伟', signedAtUtc: '2026-01-15T14:30:00.123Z', meaning: 'reviewed', contentSha256 });
    expect(await t.core.call(tokens.arun!, 'signatures.list', { number })).toEqual([signature]);
    expect(await t.core.call(tokens.arun!, 'signatures.verify', { number })).toEqual([{ ...signature, valid: true, problems: [] }]);

    // The audit trail says the same: who, when, why.
    const event = (await t.core.call(t.adminToken, 'audit.list', {})).find((e) => e.action === 'revision.signed')!;
    expect(event).toMatchObject({ user: 'zhang', occurredAt: '2026-01-15T14:30:00.123Z', reason: 'Steps 1–4 checked against the line.' });
  });

  it('verifies offline with the openssl tool from the stored manifest, signature and public key', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, { text: `${text}Second copy.\n` });
    const review = await sign(t, tokens.rita!, number, 'reviewed');
    const { signature } = await sign(t, tokens.lukasz!, number, 'approved', 'Approved after CAPA-118 was closed.');
    const row = stored(signature.id);
    const check = checkSignatureWithOpenssl(t.dir, { manifest: row.manifest, signatureBase64: row.signature, publicKeyPem: row.public_key_pem });
    expect(check.output).toContain('Signature Verified Successfully');
    expect(check.verified).toBe(true);
    const manifest = JSON.parse(row.manifest) as Record<string, string>;
    expect(manifest.signerKeyId).toBe(check.keyId);
    expect(manifest.signerKeyId).toBe(signature.keyId);
    expect(manifest.contentSha256).toBe(opensslSha256(t.file('content-2.txt', `${text}Second copy.\n`)));
    // The approval chains to the review signed before it.
    expect(manifest.previousSignatureSha256).toBe(opensslSha256(t.file('previous-manifest.txt', stored(review.signature.id).manifest)));

    // A manifest altered by one word no longer verifies.
    const altered = checkSignatureWithOpenssl(t.dir, { manifest: row.manifest.replace('"approved"', '"reviewed"'), signatureBase64: row.signature, publicKeyPem: row.public_key_pem });
    expect(altered.verified).toBe(false);
    expect(altered.output).toContain('Signature Verification Failure');
  });

  it('records the signer’s own time zone: a signing in New York in July says America/New_York, -04:00', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, { text: `${text}New York copy.\n` });
    const signature = signInChildProcess({ vaultPath: t.vaultPath, username: 'rita', password: userPassword, number, meaning: 'reviewed', at: new Date('2026-07-01T15:00:00Z'), timeZone: 'America/New_York' });
    expect(signature).toMatchObject({ signedAt: '2026-07-01T15:00:00.000Z', timeZone: 'America/New_York', utcOffset: '-04:00', signer: { username: 'rita' } });
    expect(localTimeZoneAt(new Date(signature.signedAt), signature.timeZone).utcOffset).toBe(signature.utcOffset);
    expect(await t.core.call(tokens.arun!, 'signatures.verify', { number })).toEqual([expect.objectContaining({ id: signature.id, valid: true })]);
  });

  it('lets nobody hold two tasks in one role: a reviewer named twice gets one task and signs once', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['zhang', 'ZHANG', 'rita'], approvers: ['lukasz', 'lukasz'] }, { text: `${text}Third copy.\n` });
    const route = await t.core.call(tokens.arun!, 'revisions.route', { number });
    expect(route!.tasks.map((x) => `${x.stage}:${x.assignee.username}`)).toEqual(['review:zhang', 'review:rita', 'approval:lukasz']);
  });
});
