import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractCheckEnv } from './contract-violations';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const quireBin = path.join(repoRoot, 'bin', 'quire.mjs');
// The workstation's own data (the chain-head witnesses) goes to a folder of this test process, never the user's.
const testUserData = mkdtempSync(path.join(os.tmpdir(), 'quire-user-data-'));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `quire` command (bin/quire.mjs) in a child process, as a user's script would,
 * with only the environment given here (plus PATH), and collects its exit code and output.
 */
export function runQuire(args: string[], env: Record<string, string> = {}, { launcher = [] }: { launcher?: string[] } = {}): Promise<CliRun> {
  // A launcher (a command and its arguments) runs the command under it, e.g. with fewer privileges.
  const [command, ...commandArgs] = [...launcher, process.execPath, quireBin, ...args] as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: repoRoot,
      // Only the contract check passes through: the child's answers are checked like the test's own.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', QUIRE_USER_DATA: testUserData, ...contractCheckEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment that signs in Amy, the author a CLI test's vault starts with (see vaultWithAuthorSteps). */
export const asCliAuthor = { QUIRE_PASSWORD: 'Author-own-pass-2026' };

/** The `quire` runs that make a vault with its administrator and Amy Author, who has replaced her first password. */
export function vaultWithAuthorSteps(vault: string, adminPassword: string): [string[], Record<string, string>][] {
  return [
    [['init', vault, '--admin', 'admin', '--name', 'Ada Admin'], { QUIRE_PASSWORD: adminPassword }],
    [['user', 'add', vault, 'amy', '--name', 'Amy Author', '--roles', 'author', '--as', 'admin'], { QUIRE_PASSWORD: adminPassword, QUIRE_NEW_PASSWORD: 'Given-by-admin-2026' }],
    [['passwd', vault, '--as', 'amy'], { QUIRE_PASSWORD: 'Given-by-admin-2026', QUIRE_NEW_PASSWORD: asCliAuthor.QUIRE_PASSWORD }],
  ];
}
