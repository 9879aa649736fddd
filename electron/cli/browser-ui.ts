// `npm start` where the Electron binary is not installed: the same UI, in a browser, through the loopback
// host on 127.0.0.1, on the demo vault (made once, then reused). Bundled to dist/electron/browser-ui.mjs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { demoSignIns } from '../../shared/demo-sign-ins';
import { prepareDemoVault } from './demo/prepare-demo-vault';
import { userDataFolder } from '../core/user-data-folder';
import { QuireCore } from '../core/quire-core';
import { startLoopbackServer } from '../serve/start-loopback-server';

/** The command that opens a URL in the user's default browser here, if this system has one. */
function browserOpener(url: string): [string, string[]] | null {
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (process.platform === 'darwin') return ['open', [url]];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', [url]] : null;
}

function openInBrowser(url: string): boolean {
  const opener = browserOpener(url);
  if (!opener) return false;
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
  return true;
}

async function main(): Promise<void> {
  const dataFolder = process.env.QUIRE_DATA_DIR ? path.resolve(process.env.QUIRE_DATA_DIR) : userDataFolder();
  const staticDir = path.join(import.meta.dirname, '..', 'renderer');
  const port = Number(process.env.QUIRE_PORT ?? 4780);
  const say = (line: string) => process.stdout.write(`${line}\n`);

  say('Preparing the demo vault…');
  const { vaultPath, created } = await prepareDemoVault(path.join(dataFolder, 'demo'));
  say(`${created ? 'Made' : 'Using'} the demo vault ${vaultPath}`);
  const core = QuireCore.open(vaultPath);
  core.startTimers();
  const server = await startLoopbackServer({ core, staticDir, port });
  say(`Quire is at ${server.url}  (127.0.0.1 only; Ctrl+C stops)`);
  say(`Sign in as ${demoSignIns.users.map((u) => `${u.username} (${u.role})`).join(', ')} with the password ${demoSignIns.password}`);
  say(`  or as ${demoSignIns.admin.username} (administrator) with ${demoSignIns.admin.password}`);
  if (process.env.QUIRE_NO_BROWSER !== '1' && !openInBrowser(server.url)) say('Open that address in your browser.');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  core.close();
}

await main();
