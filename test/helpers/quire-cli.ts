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
