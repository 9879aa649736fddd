import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract, dispatcherErrorCodes, type MethodName } from '../../../shared/contract';
import { contractViolation } from '../../../shared/contract/contract-conformance';
import { adminPassword, createTestVault, type TestVault } from '../../helpers/temp-vault';
import { takeContractViolations } from '../../helpers/contract-violations';

type MutableSpec = { errors: readonly string[]; result: z.ZodType; kind: string };

/** Runs `act` against a contract changed for the moment, then puts the declaration back. */
async function withDeclaration<T>(method: MethodName, change: Partial<MutableSpec>, act: () => Promise<T>): Promise<T> {
  const spec = apiContract[method] as unknown as MutableSpec;
  const saved = { errors: spec.errors, result: spec.result, kind: spec.kind };
  Object.assign(spec, change);
  try {
    return await act();
  } finally {
    Object.assign(spec, saved);
  }
}

// The contract is enforced on every call of the suite by test/setup/contract-check.ts. These tests
// prove that check bites: real calls on a real vault, answered against a declaration narrowed on
// purpose, are each recorded as a violation (and taken here, so they do not fail this file).
describe('the contract, enforced on every answer', () => {
  let t: TestVault;

  beforeAll(async () => {
    t = await createTestVault();
  });
  afterAll(() => t.cleanup());

  it('records an error code the method does not declare', async () => {
    await withDeclaration('documents.get', { errors: [] }, () => t.core.dispatch({ token: t.adminToken, method: 'documents.get', input: { number: 'SOP-QA-0404' } }));
    expect(takeContractViolations()).toEqual([
      expect.objectContaining({ pid: process.pid, method: 'documents.get', violation: expect.stringMatching(/^documents\.get raised DOCUMENT_NOT_FOUND, which it does not declare/) }),
    ]);
  });

  it('records a result its result schema refuses', async () => {
    await withDeclaration('vault.settings', { result: z.object({ vaultId: z.number() }) }, () => t.core.call(t.adminToken, 'vault.settings', {}));
    expect(takeContractViolations()).toEqual([expect.objectContaining({ method: 'vault.settings', violation: expect.stringContaining('vaultId') })]);
  });

  it('records a query that changed the vault', async () => {
    await withDeclaration('vault.updateSettings', { kind: 'query' }, () => t.core.call(t.adminToken, 'vault.updateSettings', { passwordMinLength: 12, reason: 'Longer passwords.' }));
    expect(takeContractViolations()).toEqual([expect.objectContaining({ violation: 'vault.updateSettings is declared a query, yet it changed the vault.' })]);
  });

  it('records nothing for the answers the contract promises, errors included', async () => {
    await expect(t.core.call(t.adminToken, 'documents.get', { number: 'SOP-QA-0404' })).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
    await expect(t.core.call(null, 'documents.list', {})).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    await t.core.call(t.adminToken, 'vault.settings', {});
    expect(takeContractViolations()).toEqual([]);
  });

  it('checks cores in child processes too, through the environment the test setup gives them', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/contract-drift-child.ts'), t.vaultPath, 'admin', adminPassword], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ ok: false, error: { code: 'DOCUMENT_NOT_FOUND' } });
    const violations = takeContractViolations();
    expect(violations).toEqual([expect.objectContaining({ method: 'documents.get', violation: expect.stringContaining('DOCUMENT_NOT_FOUND') })]);
    expect(violations[0]!.pid).not.toBe(process.pid);
  });
});

describe("the dispatcher's own codes", () => {
  it('are exact for each kind of method, never "anything goes"', () => {
    expect(dispatcherErrorCodes(apiContract['session.login'])).toEqual(['INVALID_INPUT', 'VAULT_BUSY', 'VAULT_READ_ONLY', 'DISK_FULL', 'INTERNAL']);
    expect(dispatcherErrorCodes(apiContract['tasks.mine'])).not.toContain('PERMISSION_DENIED');
    expect(dispatcherErrorCodes(apiContract['session.changePassword'])).not.toContain('PASSWORD_CHANGE_REQUIRED');
    expect(dispatcherErrorCodes(apiContract['documents.register'])).toEqual(expect.arrayContaining(['PERMISSION_DENIED', 'PASSWORD_CHANGE_REQUIRED', 'VAULT_OPENED_READ_ONLY']));
    expect(dispatcherErrorCodes(apiContract['documents.get'])).not.toContain('VAULT_OPENED_READ_ONLY');
    expect(contractViolation('tasks.mine', { ok: false, error: { code: 'PERMISSION_DENIED', message: 'no' } })).toMatch(/does not declare/);
    expect(contractViolation('no.such', { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'no' } })).toBeNull();
  });

  it('leave every method with a declared kind', () => {
    for (const [name, spec] of Object.entries(apiContract)) expect([name, spec.kind]).toEqual([name, expect.stringMatching(/^(query|command)$/)]);
  });
});
