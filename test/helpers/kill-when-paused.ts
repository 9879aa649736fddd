import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs a TypeScript child script (under tsx, from the repository root) that stops at a crash window and
 * says PAUSED on stdout; kills it there with SIGKILL, as a power cut would. Rejects if it ends otherwise.
 */
export function killWhenPaused(childScript: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (stdout.includes('PAUSED')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended with ${code}: ${stdout} ${stderr}`))));
  });
}
