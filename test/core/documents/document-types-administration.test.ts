import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// An administrator sets up the vault's document types and numbering schemes; every change carries a
// reason into its audit event, and numbers already handed out never change.
describe('administering document types and numbering schemes', () => {
  let t: TestVault;
  let carol: string;
  beforeAll(async () => {
    t = await createTestVault();
    carol = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
  });
  afterAll(() => t.cleanup());

  it('adds a type with its scheme, and a document registered under it is numbered by that scheme', async () => {
    const added = await t.core.call(t.adminToken, 'documentTypes.add', {
      code: 'val',
      name: 'Validation protocol',
      numberingPattern: 'VAL-{YYYY}-{SEQ:000}',
      reviewIntervalMonths: 36,
      retentionYears: 15,
      reason: 'Validation moves into the vault',
    });
    expect(added).toEqual({ code: 'VAL', name: 'Validation protocol', numberingPattern: 'VAL-{YYYY}-{SEQ:000}', reviewIntervalMonths: 36, retentionYears: 15, external: false });
    expect((await t.core.call(carol, 'documentTypes.list', {})).map((type) => type.code)).toContain('VAL');
    const doc = await t.core.call(carol, 'documents.register', { type: 'VAL', title: 'Autoclave IQ', file: { path: t.file('iq.md', '# IQ\n') } });
    expect(doc.number).toBe(`VAL-${new Date().getFullYear()}-001`);
    const [event] = (await t.core.call(t.adminToken, 'audit.page', { action: 'document_type.added' })).events;
    expect(event).toMatchObject({ user: 'admin', entityType: 'document_type', subject: 'VAL', reason: 'Validation moves into the vault', newValue: added });
  });

  it('changes a scheme for documents registered from then on; numbers handed out stay', async () => {
    const before = await t.core.call(carol, 'documents.list', {});
    const updated = await t.core.call(t.adminToken, 'documentTypes.update', { code: 'VAL', numberingPattern: 'VP-{SEQ:0000}', reviewIntervalMonths: 24, reason: 'Shorter numbers on labels' });
    expect(updated).toMatchObject({ code: 'VAL', name: 'Validation protocol', numberingPattern: 'VP-{SEQ:0000}', reviewIntervalMonths: 24, retentionYears: 15 });
    const next = await t.core.call(carol, 'documents.register', { type: 'VAL', title: 'Autoclave OQ', file: { path: t.file('oq.md', '# OQ\n') } });
    expect(next.number).toBe('VP-0001');
    const after = await t.core.call(carol, 'documents.list', {});
    expect(after.documents.filter((d) => before.documents.some((b) => b.number === d.number)).map((d) => d.number)).toEqual(before.documents.map((d) => d.number));
    const [event] = (await t.core.call(t.adminToken, 'audit.page', { action: 'document_type.updated' })).events;
    expect(event).toMatchObject({ reason: 'Shorter numbers on labels', oldValue: { numberingPattern: 'VAL-{YYYY}-{SEQ:000}', reviewIntervalMonths: 36 }, newValue: { numberingPattern: 'VP-{SEQ:0000}', reviewIntervalMonths: 24 } });
  });

  it('refuses a scheme that could not number documents, a type added twice, an unknown type and a missing reason', async () => {
    const base = { code: 'CAL', name: 'Calibration record', reviewIntervalMonths: 12, retentionYears: 5, reason: 'New records' };
    await expect(t.core.call(t.adminToken, 'documentTypes.add', { ...base, numberingPattern: 'CAL-{DEPT}' })).rejects.toMatchObject({ code: 'DOCUMENT_NUMBER_INVALID', params: { reason: 'no-sequence' } });
    await expect(t.core.call(t.adminToken, 'documentTypes.add', { ...base, numberingPattern: 'CAL-{SITE}-{SEQ}' })).rejects.toMatchObject({ code: 'DOCUMENT_NUMBER_INVALID', params: { reason: 'unknown-token', token: '{SITE}' } });
    await expect(t.core.call(t.adminToken, 'documentTypes.add', { ...base, code: 'SOP', numberingPattern: 'X-{SEQ}' })).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_EXISTS', params: { type: 'SOP' } });
    await expect(t.core.call(t.adminToken, 'documentTypes.update', { code: 'NOPE', name: 'x', reason: 'r' })).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_UNKNOWN' });
    await expect(t.core.call(t.adminToken, 'documentTypes.update', { code: 'SOP', name: 'x', reason: ' ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await t.core.call(t.adminToken, 'documentTypes.list', {})).map((type) => type.code)).not.toContain('CAL');
  });

  it('is the administrator\'s act: a controller may not change the types', async () => {
    await expect(t.core.call(carol, 'documentTypes.update', { code: 'SOP', name: 'Procedure', reason: 'Rename' })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('leaves a vault that verifies: the new events chain like any other', async () => {
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
