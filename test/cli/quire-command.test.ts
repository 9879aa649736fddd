import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorParams } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import { runQuire } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';
import { writeFileSync } from 'node:fs';

// The `quire` command as a script uses it: passwords from the environment, one JSON value with
// --json, and failures as "<ERROR_CODE>: <sentence>" on stderr with a non-zero exit code.

describe('the quire command', () => {
  const folder = tempFolder('quire-cli-');
  const vault = path.join(folder.dir, 'qms.quire');
  const asAdmin = { QUIRE_PASSWORD: adminPassword };
  const authorFirst = 'Given-by-admin-2026';
  const authorOwn = 'My-own-secret-2026';
  const sop = path.join(folder.dir, 'sop.txt');

  beforeAll(async () => {
    writeFileSync(sop, 'Receive goods at dock 3.\n');
    const init = await runQuire(['init', vault, '--admin', 'admin', '--name', 'Ada Admin'], asAdmin);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toBe(`Created vault ${vault} with administrator admin.\n`);
  });
  afterAll(() => folder.cleanup());

  it('adds a user whose first password comes from QUIRE_NEW_PASSWORD, printing one JSON value with --json', async () => {
    const run = await runQuire(['user', 'add', vault, 'amy', '--name', 'Amy Author', '--roles', 'author', '--as', 'admin', '--json'], { ...asAdmin, QUIRE_NEW_PASSWORD: authorFirst });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'amy', roles: ['author'], mustChangePassword: true });
  });

  it('refuses work until the new user runs passwd, which takes QUIRE_PASSWORD and QUIRE_NEW_PASSWORD', async () => {
    const refused = await runQuire(['doc', 'add', vault, '--type', 'SOP', '--dept', 'LOG', '--title', 'Goods receipt', '--file', sop, '--as', 'amy'], { QUIRE_PASSWORD: authorFirst });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^PASSWORD_CHANGE_REQUIRED: .*quire passwd.*\n$/);
    const passwd = await runQuire(['passwd', vault, '--as', 'amy'], { QUIRE_PASSWORD: authorFirst, QUIRE_NEW_PASSWORD: authorOwn });
    expect(passwd).toMatchObject({ code: 0, stdout: 'Password changed for amy.\n', stderr: '' });
  });

  it('prints just the new number for doc add', async () => {
    const run = await runQuire(['doc', 'add', vault, '--type', 'SOP', '--dept', 'LOG', '--title', 'Goods receipt', '--file', sop, '--as', 'amy'], { QUIRE_PASSWORD: authorOwn });
    expect(run).toEqual({ code: 0, stdout: 'SOP-LOG-0001\n', stderr: '' });
  });

  it('prints the register as one JSON value', async () => {
    const run = await runQuire(['doc', 'list', vault, '--as', 'amy', '--json'], { QUIRE_PASSWORD: authorOwn });
    expect(run.code).toBe(0);
    const register = JSON.parse(run.stdout) as { number: string; currentRevision: { label: string } }[];
    expect(register.map((d) => [d.number, d.currentRevision.label])).toEqual([['SOP-LOG-0001', 'A.1']]);
  });

  it('reports a refusal as CODE: sentence on stderr, and as one JSON error value with --json', async () => {
    const run = await runQuire(['doc', 'add', vault, '--type', 'SOP', '--dept', 'LOG', '--title', 'Again', '--file', sop, '--as', 'admin', '--json'], asAdmin);
    expect(run.code).toBe(1);
    const params: ErrorParams<'PERMISSION_DENIED'> = { reason: 'permission', username: 'admin', roles: ['admin'], permission: 'documents.register' };
    // The sentence is the catalogue's for the code and parameters; the core's method and permission names stay out of it.
    expect(run.stderr).toBe(`PERMISSION_DENIED: ${errorMessage({ code: 'PERMISSION_DENIED', params })}\n`);
    expect(run.stderr).toBe('PERMISSION_DENIED: admin (admin) may not register documents; ask an administrator for a role that may.\n');
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'PERMISSION_DENIED', params, message: expect.any(String) } });
  });

  it('stops with a sentence naming the variable when no password is given, and on a wrong one', async () => {
    const missing = await runQuire(['doc', 'list', vault, '--as', 'amy']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`NOT_SIGNED_IN: ${errorMessage({ code: 'NOT_SIGNED_IN', params: { reason: 'password-not-given' } })} Set QUIRE_PASSWORD or run the command on a terminal.\n`);
    const wrong = await runQuire(['doc', 'list', vault, '--as', 'amy'], { QUIRE_PASSWORD: 'Not-my-password-1' });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'WRONG_PASSWORD: The user name or password is wrong.\n' });
  });

  it('exits 2 on an unknown command or a bad option', async () => {
    const unknown = await runQuire(['frobnicate', vault]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^UNKNOWN_COMMAND: /);
    const badOption = await runQuire(['verify', vault, '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/^INVALID_INPUT: /);
  });
});
