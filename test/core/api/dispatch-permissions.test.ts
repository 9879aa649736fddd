import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuireError } from '../../../shared/errors';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { vaultCounts } from '../../helpers/vault-counts';

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a refusal'); }, (error: QuireError) => error);

describe('who may do what: the core checks every call itself', () => {
  let vault: TestVault;
  let reader: string;
  let author: string;
  const newDocument = (title: string) => ({ type: 'SOP', department: 'QA', title, file: { path: vault.file(`${title}.txt`, title) } });

  beforeAll(async () => {
    vault = await createTestVault();
    reader = await vault.addSignedInUser('rita', 'Rita Reader', ['reader']);
    author = await vault.addSignedInUser('amy', 'Amy Author', ['author']);
  });
  afterAll(() => vault.cleanup());

  it('lets a reader read the register but not register a document, and audits the refusal', async () => {
    expect(await vault.core.call(reader, 'documents.list', {})).toEqual({ documents: [], total: 0, offset: 0, limit: 100 });
    const before = vaultCounts(vault.core.vault.db);
    const error = await refusal(vault.core.call(reader, 'documents.register', newDocument('reader-try')));
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error).toMatchObject({ params: { reason: 'permission', username: 'rita', roles: ['reader'], permission: 'documents.register' } });
    expect(error.message).toBe('rita (reader) may not register documents; ask an administrator for a role that may.');
    expect(vaultCounts(vault.core.vault.db)).toMatchObject({ ...before, audit_events: (before.audit_events as number) + 1 });
    const [denied] = (await vault.core.call(vault.adminToken, 'audit.list', { entityType: 'method' })).slice(-1);
    expect(denied).toMatchObject({ action: 'access.denied', user: 'rita', entityId: 'documents.register' });
  });

  it('keeps administrators out of document work (segregation of duties) and authors out of user management', async () => {
    expect((await refusal(vault.core.call(vault.adminToken, 'documents.register', newDocument('admin-try')))).code).toBe('PERMISSION_DENIED');
    expect((await refusal(vault.core.call(author, 'users.add', { username: 'eve', fullName: 'Eve', roles: ['admin'], initialPassword: 'Eve-wants-in-2026' }))).code).toBe('PERMISSION_DENIED');
    expect((await refusal(vault.core.call(author, 'audit.list', {}))).code).toBe('PERMISSION_DENIED');
  });

  it('lets an author register, recording the author from the session, not from the input', async () => {
    const adminId = (await vault.core.call(vault.adminToken, 'session.current', {})).user.id;
    const forged = { ...newDocument('author-ok'), userId: adminId, createdBy: adminId, username: 'admin' };
    const doc = await vault.core.call(author, 'documents.register', forged);
    expect(doc.number).toBe('SOP-QA-0001');
    expect(doc.owner.username).toBe('amy');
    expect(doc.revisions[0]!.author.username).toBe('amy');
    const [registered] = await vault.core.call(vault.adminToken, 'audit.list', { entityType: 'document', entityId: String(doc.id) });
    expect(registered).toMatchObject({ action: 'document.registered', user: 'amy' });
  });

  it('refuses a call straight on dispatch with a missing, forged or signed-out token', async () => {
    const before = vaultCounts(vault.core.vault.db);
    const input = newDocument('forged');
    expect(await vault.core.dispatch({ token: null, method: 'documents.register', input })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_SIGNED_IN' }) });
    expect(await vault.core.dispatch({ token: 'A'.repeat(43), method: 'documents.register', input })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_SIGNED_IN' }) });
    const { token } = await vault.core.login('amy', 'User-pass-2026!');
    await vault.core.call(token, 'session.logout', {});
    expect(await vault.core.dispatch({ token, method: 'documents.register', input })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_SIGNED_IN' }) });
    expect(await vault.core.dispatch({ token: author, method: 'documents.delete', input: {} })).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) });
    expect(vaultCounts(vault.core.vault.db)).toMatchObject({ documents: before.documents, revisions: before.revisions, contents: before.contents });
  });

  it('refuses malformed input with INVALID_INPUT naming the field', async () => {
    const response = await vault.core.dispatch({ token: author, method: 'documents.register', input: { type: 'SOP', title: 42, file: { path: '/tmp/x' } } });
    expect(response).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT', params: { field: 'title', problem: 'wrong-type' }, message: 'Title is not valid.' }) });
  });
});
