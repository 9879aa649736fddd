// Bundles the Electron processes into dist/electron/: main and preload as CommonJS (a sandboxed
// preload must be), the core host as ESM with the migration SQL files beside it. better-sqlite3
// stays external: its prebuilt Node-API binary loads in Electron without a rebuild.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist', 'electron');
mkdirSync(out, { recursive: true });
// Bundled CommonJS dependencies call require(); give each ESM bundle one.
const esmWithRequire = { js: "import { createRequire as __quireRequire } from 'node:module'; const require = __quireRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };

await build({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(out, 'main.cjs'), format: 'cjs' });
await build({ ...common, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(out, 'preload.cjs'), format: 'cjs' });
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/core-host/core-host-process.ts')],
  outfile: path.join(out, 'core-host.mjs'),
  format: 'esm',
  banner: esmWithRequire,
});
// compareInWorker starts comparison-worker.js from beside the bundle that calls it.
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/core/diff/comparison-worker.ts')],
  outfile: path.join(out, 'comparison-worker.js'),
  format: 'esm',
  banner: esmWithRequire,
});
// extractTextInWorker starts text-extraction-worker.js from beside the bundle that calls it.
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/core/text/text-extraction-worker.ts')],
  outfile: path.join(out, 'text-extraction-worker.js'),
  format: 'esm',
  banner: esmWithRequire,
});
const migrations = path.join(root, 'electron/core/vault/migrations');
for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) cpSync(path.join(migrations, file), path.join(out, file));
console.log(`Built the Electron processes into ${path.relative(root, out)}/`);
