// A host built the way a new one would be (an importer, a replication applier): it imports only the
// core modules it needs to release or withdraw — not the API handler tables, not the print handlers,
// not QuireCore — so a test can prove that nothing the release needs hangs on a module being loaded.
// Run through runNewHost() below, never by vitest:
//   node --import tsx test/helpers/new-host-child.ts apply-due-releases <vault> <ISO time>
//   node --import tsx test/helpers/new-host-child.ts approve-withdrawal <vault> <ISO time> <user> <password> <number>
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const thisFile = fileURLToPath(import.meta.url);

/** Runs one act in a child process that loads only the core modules for it; returns what it printed. */
export function runNewHost(args: string[]): unknown {
  const result = spawnSync(process.execPath, ['--import', 'tsx', thisFile, ...args], { cwd: path.resolve(path.dirname(thisFile), '../..'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The new host failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

if (process.argv[1] === thisFile) {
  const { openVault, closeVault } = await import('../../electron/core/vault/open-vault');
  const [act, vaultPath, at, username, password, number] = process.argv.slice(2) as [string, string, string, string?, string?, string?];
  const context = { vault: openVault(vaultPath), now: () => new Date(at), workstation: 'new-host' };
  try {
    if (act === 'apply-due-releases') {
      const { applyDueReleases } = await import('../../electron/core/workflow/release-revision');
      process.stdout.write(JSON.stringify(applyDueReleases(context)));
    } else if (act === 'approve-withdrawal') {
      const { signIn } = await import('../../electron/core/users/sign-in');
      const { approveWithdrawal } = await import('../../electron/core/workflow/withdraw-document');
      const user = await signIn(context, username!, password!);
      const result = await approveWithdrawal({ ...context, user }, { number: number!, password: password! });
      process.stdout.write(JSON.stringify({ document: result.document, status: result.status }));
    } else {
      throw new Error(`Unknown act ${act}`);
    }
  } finally {
    closeVault(context.vault);
  }
}
