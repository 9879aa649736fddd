import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect } from 'vitest';
import type { QuireBridge } from '../../shared/quire-bridge';
// @ts-expect-error plain JavaScript build script, no types
import { stageAppPayload } from '../../scripts/stage-app-payload.mjs';

export const ownPage = 'app://quire/index.html';

/** What test/desktop/electron-stand-in records and lets a test do (its `standIn` export). */
export interface StandIn {
  recorded: {
    privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
    protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
    exposed: Map<string, Record<string, unknown>>;
    menu: { template: MenuItem[] } | null;
    crashReporter: { uploadToServer?: boolean } | null;
    permissionHandlers: { request?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void; check?: () => boolean };
    windows: { loadedUrl: string | null; webContents: { reloads: number } }[];
    openedPaths: string[];
    utilityProcesses: { child: { kill(signal: string): boolean; exitCode: number | null }; pid?: number }[];
    openDialogs: { properties?: string[] }[];
  };
  dialogAnswers: { open: string[]; save: string[] };
  paths: { userData: string; documents: string };
  invokeFrom(url: string, channel: string, input: unknown, options?: { parent?: unknown }): Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }>;
  emitReady(): void;
}
export interface MenuItem {
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: MenuItem[];
}
export type ElectronStandIn = { app: NodeJS.EventEmitter & { isPackaged: boolean; quit(): void }; standIn: StandIn };

/**
 * `npm run build` from a clean state into <resources>/../dist, laid out as the installer lays it out under
 * <resources> (app.asar as a plain folder, app.asar.unpacked), with the electron stand-in as `electron`;
 * then the real main.cjs and preload.cjs loaded from there, as a packaged app, and "ready" emitted.
 */
export function buildAndStartApp(resources: string, paths: { userData: string; documents: string }): { electron: ElectronStandIn; standIn: StandIn; bridge: QuireBridge } {
  const distDir = path.join(path.dirname(path.dirname(resources)), 'dist');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = spawnSync(npm, ['run', '--silent', 'build'], { env: { ...process.env, QUIRE_DIST_DIR: distDir }, encoding: 'utf8', shell: process.platform === 'win32' });
  expect(built.status, built.stderr).toBe(0);
  stageAppPayload(resources, { distDir });
  cpSync(path.resolve('test/desktop/electron-stand-in'), path.join(resources, 'app.asar', 'node_modules', 'electron'), { recursive: true });
  const electronDir = path.join(resources, 'app.asar', 'dist', 'electron');
  const requireFromApp = createRequire(path.join(electronDir, 'main.cjs'));
  const electron = requireFromApp('electron') as ElectronStandIn;
  const { standIn } = electron;
  Object.assign(standIn.paths, paths);
  electron.app.isPackaged = true;
  requireFromApp(path.join(electronDir, 'main.cjs'));
  requireFromApp(path.join(electronDir, 'preload.cjs'));
  const bridge = standIn.recorded.exposed.get('quire') as unknown as QuireBridge;
  standIn.emitReady();
  return { electron, standIn, bridge };
}
