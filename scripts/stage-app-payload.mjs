// Lays out what electron-builder.yml's `files` and `asarUnpack` put in the app — resources/app.asar
// (here a plain folder of that name) and resources/app.asar.unpacked — and measures it. The desktop shell
// test runs the bundles from such a layout, so a file the app needs but the list leaves out fails a test,
// not a user. `node scripts/stage-app-payload.mjs` prints the payload size for Windows, macOS and Linux.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(import.meta.dirname, '..');
const skippedFolders = new Set(['node_modules', '.git', '.tools', 'release', 'coverage']);

function walk(dir, base = dir, skip = () => false) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (!skip(rel)) out.push(...walk(full, base, skip));
    } else out.push(rel);
  }
  return out;
}

/** electron-builder's rule for a list of patterns: the last pattern that matches decides. */
function selected(rel, patterns) {
  let keep = false;
  for (const pattern of patterns) {
    const negative = pattern.startsWith('!');
    if (path.posix.matchesGlob(rel, negative ? pattern.slice(1) : pattern)) keep = !negative;
  }
  return keep;
}

/**
 * Every file the app carries, as { rel, source, bytes, unpacked }. distDir replaces the repo's dist/
 * (the shell test builds into a temp folder); platform expands ${platform} as electron-builder does.
 */
export function appPayload({ platform = process.platform, distDir = path.join(root, 'dist') } = {}) {
  const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const expand = (pattern) => pattern.replaceAll('${platform}', platform);
  const strings = config.files.filter((f) => typeof f === 'string').map(expand);
  const files = [];
  const add = (rel, source) => files.push({ rel, source, bytes: statSync(source).size });
  for (const rel of walk(root, root, (dir) => skippedFolders.has(dir) || dir === 'dist')) if (selected(rel, strings)) add(rel, path.join(root, rel));
  for (const rel of walk(distDir)) if (selected(`dist/${rel}`, strings)) add(`dist/${rel}`, path.join(distDir, rel));
  for (const set of config.files.filter((f) => typeof f === 'object')) {
    const from = path.join(root, set.from);
    const filter = set.filter.map(expand);
    for (const rel of walk(from)) if (selected(rel, filter)) add(`${set.to}/${rel}`, path.join(from, rel));
  }
  const unpack = config.asarUnpack.map(expand);
  return files.map((f) => ({ ...f, unpacked: unpack.some((pattern) => path.posix.matchesGlob(f.rel, pattern)) }));
}

/** Copies the payload into <resources>/app.asar/ and <resources>/app.asar.unpacked/; returns the files. */
export function stageAppPayload(resources, options = {}) {
  const files = appPayload(options);
  for (const file of files) {
    const target = path.join(resources, file.unpacked ? 'app.asar.unpacked' : 'app.asar', ...file.rel.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file.source, target);
  }
  return files;
}

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const platform of ['win32', 'darwin', 'linux']) {
    const files = appPayload({ platform });
    const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
    const packed = files.filter((f) => !f.unpacked);
    const unpacked = files.filter((f) => f.unpacked);
    console.log(`${platform}: ${files.length} files, ${megabytes(sum(files))} (app.asar ${megabytes(sum(packed))}, app.asar.unpacked ${megabytes(sum(unpacked))}) besides Electron itself`);
  }
}
