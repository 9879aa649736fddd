import { spawn, type ChildProcess } from 'node:child_process';
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

/** The environment a `quire` child gets: only PATH, HOME, the test's workstation folder and what the test adds. */
function quireEnv(env: Record<string, string>): Record<string, string> {
  // Only the contract check passes through: the child's answers are checked like the test's own.
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', QUIRE_USER_DATA: testUserData, ...contractCheckEnv(), ...env };
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
      env: quireEnv(env),
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

export interface QuireServe {
  port: number;
  child: ChildProcess;
  /** Stops the host (SIGKILL: a test may end it in the middle of an import) and waits until it is gone. */
  kill(): Promise<void>;
}

/** Starts the real `quire serve <vault> --port 0` in a child process and resolves once it listens. */
export function startQuireServe(vaultPath: string): Promise<QuireServe> {
  const child = spawn(process.execPath, [quireBin, 'serve', vaultPath, '--port', '0'], { cwd: repoRoot, env: quireEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await gone;
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      const port = /at http:\/\/127\.0\.0\.1:(\d+)/u.exec(stdout)?.[1];
      if (port) resolve({ port: Number(port), child, kill });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`quire serve ended (${code}) before listening: ${stdout}${stderr}`)));
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
