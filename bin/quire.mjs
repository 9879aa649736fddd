#!/usr/bin/env node
// The `quire` command. Checks the Node.js version before anything can crash on it, then runs
// the TypeScript CLI through tsx, so a fresh clone works after `npm install` with no build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`NODE_TOO_OLD: Quire needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.versions.node}. Install a current Node.js and run again.\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../electron/cli/quire.ts');
process.exitCode = await main(process.argv.slice(2));
