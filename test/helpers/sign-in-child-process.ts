// Signs a route task from a separate Node process, so a test can give that process another time
// zone (TZ=…) and clock than its own. Run through signInChildProcess() below, never by vitest.
//   node --import tsx test/helpers/sign-in-child-process.ts <vault> <user> <password> <number> <meaning> <ISO time>
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodInput, Signature } from '../../shared/contract';

const thisFile = fileURLToPath(import.meta.url);

export interface ChildSigning {
  vaultPath: string;
  username: string;
  password: string;
  number: string;
  meaning: 'reviewed' | 'approved';
  at: Date;
  timeZone: string;
}

/** Runs the signing in a child process with TZ set, and returns the signature it made. */
export function signInChildProcess(s: ChildSigning): Signature {
  const result = spawnSync(process.execPath, ['--import', 'tsx', thisFile, s.vaultPath, s.username, s.password, s.number, s.meaning, s.at.toISOString()], {
    cwd: path.resolve(path.dirname(thisFile), '../..'),
    env: { ...process.env, TZ: s.timeZone },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The signing process failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Signature;
}

if (process.argv[1] === thisFile) {
  const { QuireCore } = await import('../../electron/core/quire-core');
  const { viewRevision } = await import('./view-revision');
  const [vaultPath, username, password, number, meaning, at] = process.argv.slice(2) as [string, string, string, string, string, string];
  const core = QuireCore.open(vaultPath, { now: () => new Date(at), workstation: 'child-process' });
  try {
    const { token } = await core.login(username, password);
    await viewRevision(core, token, number);
    const { signature } = await core.call(token, 'revisions.sign', { number, meaning: meaning as MethodInput<'revisions.sign'>['meaning'], password });
    process.stdout.write(JSON.stringify(signature));
  } finally {
    core.close();
  }
}
