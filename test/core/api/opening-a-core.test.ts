import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { fileState } from '../../helpers/file-state';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { approvedDocument } from '../../helpers/workflow';

// Opening a vault is not working in it: a core constructed over a vault writes nothing until its
// host asks for due releases, and a core opened read-only (for verifying or inspecting a copy)
// answers queries but refuses every command before it runs.
describe('opening a core', () => {
  let t: TestVault;
  let now = new Date('2026-05-04T09:00:00Z');
  const clock = () => now;
  let number: string;

  const auditEvents = (db: Database.Database) => db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
  const revisionStates = (db: Database.Database) => db.prepare('SELECT state FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? ORDER BY r.id').pluck().all(number);

  beforeAll(async () => {
    t = await createTestVault({ now: clock });
    const tokens = await signInCast(t, 'arun', 'rita', 'lukasz', 'carol');
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
    // Released to become effective a week later: due once the clock passes 2026-05-11.
    await t.core.call(tokens.carol!, 'revisions.release', { number, effectiveDate: '2026-05-11', password: userPassword });
    t.core.close();
    now = new Date('2026-05-12T09:00:00Z');
  }, 600_000);
  afterAll(() => t.cleanup());

  it('writes nothing when constructed over a vault with a due release: not a byte, not an audit event', () => {
    const before = fileState(t.vaultPath);
    const core = QuireCore.open(t.vaultPath, { now: clock });
    const events = auditEvents(core.vault.db);
    expect(revisionStates(core.vault.db)).toEqual(['approved']);
    core.close();
    const after = fileState(t.vaultPath);
    expect(after.sha256).toBe(before.sha256);
    expect(after.folder).toEqual(before.folder);

    const again = QuireCore.open(t.vaultPath, { now: clock });
    try {
      expect(auditEvents(again.vault.db)).toBe(events);
    } finally {
      again.close();
    }
  });

  describe('read-only', () => {
    let core: QuireCore;
    let before: ReturnType<typeof fileState>;
    let eventsBefore: number;

    beforeAll(() => {
      before = fileState(t.vaultPath);
      core = QuireCore.openReadOnly(t.vaultPath, { now: clock });
      eventsBefore = auditEvents(core.vault.db);
    });
    afterAll(() => core?.close());

    it('refuses a command before anything else: no session, no input check, nothing run', async () => {
      expect(core.readOnly).toBe(true);
      const refused = await core.dispatch({ token: null, method: 'documents.register', input: { nonsense: true } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_OPENED_READ_ONLY' } });
    });

    it('signs in without recording anything, answers queries, and refuses a signed-in command', async () => {
      const { token } = await core.login('carol', userPassword);
      const detail = await core.call(token, 'documents.get', { number });
      expect(detail.revisions.map((r) => r.state)).toEqual(['approved']);
      await expect(core.call(token, 'revisions.release', { number, password: userPassword })).rejects.toMatchObject({
        code: 'VAULT_OPENED_READ_ONLY',
        message: expect.stringContaining('reading only'),
      });
      await expect(core.login('carol', 'not-her-password')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
      expect(auditEvents(core.vault.db)).toBe(eventsBefore);
    });

    it('still refuses a caller without the permission, though it cannot record the refusal', async () => {
      const { token } = await core.login('arun', userPassword);
      await expect(core.call(token, 'audit.list', {})).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      expect(auditEvents(core.vault.db)).toBe(eventsBefore);
    });

    it('will not apply due releases, and leaves the file as it found it', () => {
      expect(() => core.applyDueReleases()).toThrow(expect.objectContaining({ code: 'VAULT_OPENED_READ_ONLY' }));
      core.close();
      expect(fileState(t.vaultPath).sha256).toBe(before.sha256);
    });
  });

  it('makes the due release effective once a host opens the vault for work and asks', () => {
    const core = QuireCore.open(t.vaultPath, { now: clock, workstation: 'opened-for-work' });
    try {
      expect(core.applyDueReleases()).toEqual([`${number} A`]);
      expect(revisionStates(core.vault.db)).toEqual(['effective']);
    } finally {
      core.close();
    }
  });
});
