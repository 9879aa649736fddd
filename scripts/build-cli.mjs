// Bundles the `quire` command into dist/cli/ with esbuild, so a command starts from plain JavaScript
// instead of compiling TypeScript at every start. ESM with code splitting: every `import()` in the
// sources (a command module, the core, pdf-lib, pdf.js, mammoth…) becomes its own chunk, parsed only
// when a command reaches it. Files the code loads by relative path sit beside the chunks: the
// migration SQL and the comparison worker. better-sqlite3 stays external (a native
// module, resolved from node_modules).
//
// Also imported by bin/quire.mjs and the test setup, which rebuild when the bundle is missing or
// older than its sources — so this file must stay cheap to import: esbuild is loaded only to build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliBundleDir = path.join(root, 'dist', 'cli');
/** Written last by a build: what the bundle was built from, and what each output file holds. */
const manifestFile = path.join(cliBundleDir, 'bundle-manifest.json');
/** Besides the bundled sources, a change to these makes the bundle stale. */
const buildInputs = ['scripts/build-cli.mjs', 'package-lock.json', 'node_modules/.package-lock.json'];

/**
 * True when dist/cli is missing, or any file it was built from (every bundled source file, this
 * script, the installed packages) changed since the build started. Costs one stat per source file.
 */
export function cliBundleIsStale() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return true;
  }
  const builtAt = statSync(manifestFile).mtimeMs;
  for (const file of [...manifest.sources, ...buildInputs]) {
    const stats = statSync(path.join(root, file), { throwIfNoEntry: false });
    if (!stats || stats.mtimeMs > builtAt) return true;
  }
  return false;
}

/** The npm package an input path belongs to ('pdfjs-dist', '@cantoo/pdf-lib'), or null for our sources. */
function packageOf(input) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(input);
  return match ? match[1] : null;
}

/**
 * Builds into a private folder and then renames each file into dist/cli (chunks first, the entry and
 * the manifest last): a `quire` starting meanwhile, or a second build racing this one (two test
 * workers, two shells), never reads a half-written file, and chunk names carry a content hash.
 */
export async function buildCli() {
  const startedAt = new Date();
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(cliBundleDir), { recursive: true });
  const staging = path.join(path.dirname(cliBundleDir), `.cli-build-${process.pid}-${Date.now()}`);
  try {
    const result = await build({
      entryPoints: {
        quire: path.join(root, 'electron/cli/quire.ts'),
        // compareInWorker starts comparison-worker.js from beside the chunk that calls it.
        'comparison-worker': path.join(root, 'electron/core/diff/comparison-worker.ts'),
        // extractTextInWorker starts text-extraction-worker.js the same way.
        'text-extraction-worker': path.join(root, 'electron/core/text/text-extraction-worker.ts'),
        // ImportWorkerPool starts import-file-worker.js the same way.
        'import-file-worker': path.join(root, 'electron/core/import/import-file-worker.ts'),
      },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      chunkNames: '[name]-[hash]',
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
      external: ['better-sqlite3'],
      // Bundled CommonJS dependencies call require(); give each ESM chunk one.
      banner: { js: "import { createRequire as __quireRequire } from 'node:module'; const require = __quireRequire(import.meta.url);" },
    });
    // Loaded by relative path at run time: the migrations (vault/migrations/index.ts). pdf.js's worker is
    // bundled: extract-pdf-pages.ts hands it to pdf.js as a module, so nothing is loaded beside pdf.js.
    const migrations = path.join(root, 'electron/core/vault/migrations');
    for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) cpSync(path.join(migrations, file), path.join(staging, file));
    // The chunks are ESM whatever package.json sits above dist/.
    writeFileSync(path.join(staging, 'package.json'), '{ "type": "module" }\n');

    const outputs = Object.fromEntries(
      Object.entries(result.metafile.outputs)
        .filter(([file]) => !file.endsWith('.map'))
        .map(([file, output]) => [path.basename(file), [...new Set(Object.keys(output.inputs).map(packageOf).filter(Boolean))].sort()]),
    );
    const sources = Object.keys(result.metafile.inputs).filter((input) => !packageOf(input)).map((input) => path.relative(root, path.resolve(input)));
    writeFileSync(path.join(staging, 'bundle-manifest.json'), `${JSON.stringify({ sources, outputs }, null, 1)}\n`);
    // The manifest's time is when the build started: a source saved during the build leaves it stale.
    utimesSync(path.join(staging, 'bundle-manifest.json'), startedAt, startedAt);

    mkdirSync(cliBundleDir, { recursive: true });
    const last = ['quire.js', 'quire.js.map', 'bundle-manifest.json'];
    const files = readdirSync(staging);
    for (const file of [...files.filter((f) => !last.includes(f)), ...last]) renameSync(path.join(staging, file), path.join(cliBundleDir, file));
    pruneOldChunks(new Set(files));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Files of earlier builds, kept an hour in case a running `quire` (serve, demo) still imports a chunk. */
function pruneOldChunks(current) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const file of readdirSync(cliBundleDir)) {
    if (current.has(file)) continue;
    const stats = statSync(path.join(cliBundleDir, file), { throwIfNoEntry: false });
    if (stats && stats.mtimeMs < hourAgo) rmSync(path.join(cliBundleDir, file), { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  if (!existsSync(path.join(cliBundleDir, 'quire.js'))) throw new Error('The CLI bundle was not written.');
  console.log(`Built the quire command into ${path.relative(root, cliBundleDir)}/`);
}
