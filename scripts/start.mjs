// `npm start`: builds what is out of date, then starts the desktop app — or, where the Electron binary is
// not installed (machines that cannot download it), serves the same UI on 127.0.0.1 in a browser.
// QUIRE_START_IN_BROWSER=1 asks for the browser even where Electron is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundles = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/core-host.mjs', 'dist/electron/browser-ui.mjs'].map((f) => path.join(root, f));

/** The newest modification time under the source folders the bundles are built from. */
function newestSource(folders) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  for (const file of ['package.json', 'vite.config.ts', 'scripts/build-electron.mjs']) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

function buildIfNeeded() {
  const oldestBundle = Math.min(...bundles.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (oldestBundle > newestSource(['electron', 'renderer', 'shared'])) return;
  console.log('Building the app (npm run build)…');
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The Electron binary, if the electron package could download it here. */
function electronBinary() {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

buildIfNeeded();
const electron = process.env.QUIRE_START_IN_BROWSER === '1' ? null : electronBinary();
const child = electron
  ? spawn(electron, [root], { stdio: 'inherit' })
  : (console.log('The Electron binary is not installed here, so Quire opens in your browser instead (the same UI, served on 127.0.0.1).'),
    spawn(process.execPath, [path.join(root, 'dist/electron/browser-ui.mjs')], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
