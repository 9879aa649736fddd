#!/usr/bin/env node
// The `quire` command. Checks the Node.js version before anything can crash on it, then runs the
// CLI bundle in dist/cli (scripts/build-cli.mjs). In a source checkout the bundle is built by
// `npm install`/`npm ci` (the prepare script) and rebuilt here, once, when it is missing or older
// than its sources — so a fresh clone, or an edited one, works with no manual build step.
import { existsSync } from 'node:fs';
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`NODE_TOO_OLD: Quire needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.versions.node}. Install a current Node.js and run again.\n`);
  process.exit(1);
}
if (existsSync(new URL('../electron/cli/quire.ts', import.meta.url))) {
  const { buildCli, cliBundleIsStale } = await import('../scripts/build-cli.mjs');
  if (cliBundleIsStale()) {
    if (process.stderr.isTTY) process.stderr.write('quire: building the command from the sources (dist/cli is missing or older)…\n');
    await buildCli();
  }
}
// V8 keeps the compiled bundle on disk (in the OS temp folder, keyed by content), so later starts
// skip parsing it: most of a command's start-up is compiling the contract's schemas (zod).
module.enableCompileCache?.();
const { main } = await import('../dist/cli/quire.js');
process.exitCode = await main(process.argv.slice(2));
