// Bundles the Electron processes into dist/electron/: main and preload as CommonJS (a sandboxed
// preload must be), the core host as ESM with everything it loads by relative path beside it — its
// comparison worker and the migration SQL files; pdf.js's worker is bundled in (the core hands it to
// pdf.js directly), so nothing is looked up next to a bundle that is not there. better-sqlite3 stays
// external: its prebuilt Node-API binary loads in Electron without a rebuild. The loopback host behind
// `npm start`'s browser mode is bundled too (browser-ui.mjs). QUIRE_DIST_DIR builds elsewhere.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = process.env.QUIRE_DIST_DIR ? path.resolve(process.env.QUIRE_DIST_DIR) : path.join(root, 'dist');
const out = path.join(dist, 'electron');
mkdirSync(out, { recursive: true });
// Bundled CommonJS dependencies call require(); give each ESM bundle one.
const esmWithRequire = { js: "import { createRequire as __quireRequire } from 'node:module'; const require = __quireRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };
const esm = (entry, outfile) => build({ ...common, entryPoints: [path.join(root, entry)], outfile: path.join(out, outfile), format: 'esm', banner: esmWithRequire });
const cjs = (entry, outfile) => build({ ...common, entryPoints: [path.join(root, entry)], outfile: path.join(out, outfile), format: 'cjs' });

await Promise.all([
  cjs('electron/main/index.ts', 'main.cjs'),
  cjs('electron/preload/index.ts', 'preload.cjs'),
  esm('electron/core-host/core-host-process.ts', 'core-host.mjs'),
  // compareInWorker starts comparison-worker.js from beside the bundle that calls it.
  esm('electron/core/diff/comparison-worker.ts', 'comparison-worker.js'),
  // extractTextInWorker starts text-extraction-worker.js from beside the bundle that calls it.
  esm('electron/core/text/text-extraction-worker.ts', 'text-extraction-worker.js'),
  // ImportWorkerPool starts import-file-worker.js from beside the bundle that calls it.
  esm('electron/core/import/import-file-worker.ts', 'import-file-worker.js'),
  esm('electron/cli/browser-ui.ts', 'browser-ui.mjs'),
  // The demo vault for the app's "Try the demo vault", made once in a process of its own.
  esm('electron/cli/demo/demo-vault-process.ts', 'demo-vault.mjs'),
]);
const migrations = path.join(root, 'electron/core/vault/migrations');
for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) cpSync(path.join(migrations, file), path.join(out, file));
console.log(`Built the Electron processes into ${path.relative(root, out) || out}/`);
