import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { launcherMethodNames, type LauncherStatus } from '../../shared/contract/launcher-methods';
import { bridgeHelperNames, type QuireBridge } from '../../shared/quire-bridge';
import { writeProcedurePdf } from '../helpers/paginated-procedure-pdf';
import { sqlite3Tool } from '../helpers/sqlite3-tool';
import { createTestVault, tempFolder } from '../helpers/temp-vault';
import { buildAndStartApp, ownPage, type ElectronStandIn, type MenuItem, type StandIn } from './staged-app';
import { noChangeImpact } from '../helpers/workflow';

// The desktop shell as built: `npm run build` from a clean state into a temp folder, laid out as the
// installer lays it out (resources/app.asar — here a plain folder of that name — and app.asar.unpacked),
// in an install folder whose name has spaces, brackets, "~", "%" and non-ASCII letters. The real
// main.cjs and preload.cjs run under Node with test/desktop/electron-stand-in as `electron`; the core
// host runs as a real child process from app.asar.unpacked, with only what the installer carries.

const strongPassword = 'Vault-keeper-2026';
const installName = 'Program Files [x86] ~ 100% Ünïcødé «Quire»';

describe('the desktop shell, built and run under Node', () => {
  const { dir, cleanup } = tempFolder('quire-shell-');
  const resources = path.join(dir, installName, 'resources');
  const vaults = path.join(dir, 'Vaults [QA] ~ 50% Łódź');
  let electron: ElectronStandIn;
  let bridge: QuireBridge;
  let standIn: StandIn;

  const launcher = async <T = LauncherStatus>(method: string, input: unknown = {}): Promise<T> => {
    const answer = await standIn.invokeFrom(ownPage, `quire:${method}`, input);
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    return answer.result as T;
  };
  const call = async (method: string, input: unknown) => (bridge as unknown as Record<string, (i: unknown) => Promise<{ ok: boolean; result?: unknown; error?: { code: string } }>>)[method]!(input);

  beforeAll(() => {
    ({ electron, standIn, bridge } = buildAndStartApp(resources, { userData: path.join(dir, 'user data'), documents: vaults }));
    mkdirSync(vaults, { recursive: true });
  }, 600_000);

  afterAll(() => {
    for (const host of standIn?.recorded.utilityProcesses ?? []) host.child.kill('SIGKILL');
    cleanup();
  });

  it('installs nothing of the core in app.asar that the core host needs from app.asar.unpacked', () => {
    const packed = path.join(resources, 'app.asar');
    expect(existsSync(path.join(packed, 'dist', 'electron', 'core-host.mjs'))).toBe(false);
    expect(existsSync(path.join(resources, 'app.asar.unpacked', 'dist', 'electron', 'core-host.mjs'))).toBe(true);
    // Bundled: no tsx, esbuild, react or pdfjs-dist in the app.
    expect(readdirSync(path.join(resources, 'app.asar.unpacked', 'node_modules')).sort()).toEqual(['@embedpdf', 'better-sqlite3']);
  });

  it('serves our renderer from app://quire/ with the CSP as a header and a meta tag, and nothing outside it', async () => {
    expect(standIn.recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(standIn.recorded.windows[0]?.loadedUrl).toBe(ownPage);
    const handle = standIn.recorded.protocolHandlers.get('app')!;
    const index = await handle({ url: ownPage });
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await index.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await handle({ url: `app://quire/${script}` });
    expect([asset.status, asset.headers.get('Content-Type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    for (const escape of ['app://quire/..%2F..%2F..%2Fpackage.json', 'app://quire/%2e%2e/%2e%2e/package.json']) {
      expect(await (await handle({ url: escape })).text()).toBe(html);
    }
    expect((await handle({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });

  it('accepts calls from our pages only, wherever the app is installed', async () => {
    for (const url of [ownPage, 'app://quire/index.html#/documents/SOP-QA-0001', 'app://QUIRE/index.html']) {
      const answer = await standIn.invokeFrom(url, 'quire:session.current', {});
      expect(answer.error?.code, url).not.toBe('PERMISSION_DENIED');
    }
    const installedRenderer = path.join(resources, 'app.asar', 'dist', 'renderer', 'index.html');
    for (const url of [
      pathToFileURL(installedRenderer).href,
      `file:///${installedRenderer}`,
      'file:///c:/Users/RUNNER~1/AppData/Local/Programs/quire/resources/app.asar/dist/renderer/index.html',
      'file:///C:/Program%20Files%20%5Bx86%5D/Quire/resources/app.asar/dist/renderer/index.html',
      'app://quire.evil.example/index.html',
      'app://evil/index.html',
      'app://user@quire/index.html',
      'app://quire:8080/index.html',
      'https://quire/index.html',
      'http://127.0.0.1:4780/',
      'about:blank',
      '',
    ]) {
      for (const channel of ['quire:session.current', 'quire:launcher.status']) {
        expect((await standIn.invokeFrom(url, channel, {})).error?.code, `${channel} from ${url}`).toBe('PERMISSION_DENIED');
      }
    }
    // A frame inside our page is not our page.
    expect((await standIn.invokeFrom(ownPage, 'quire:session.current', {}, { parent: {} })).error?.code).toBe('PERMISSION_DENIED');
  });

  it('exposes exactly the contract methods, the welcome-screen methods and the file helpers', () => {
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, ...launcherMethodNames, ...bridgeHelperNames].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('opens a folder dialog for the import wizard, for our own pages only', async () => {
    const drive = path.join(dir, 'Shared drive [QA] ~ Łódź');
    standIn.dialogAnswers.open.push(drive);
    expect(await bridge.chooseFolder!()).toBe(drive);
    expect(standIn.recorded.openDialogs.at(-1)).toMatchObject({ properties: ['openDirectory'] });
    expect(await bridge.chooseFolder!()).toBeNull(); // cancelled
    const shown = standIn.recorded.openDialogs.length;
    expect(await standIn.invokeFrom('https://evil.example/', 'quire:choose-folder', undefined)).toBeNull();
    expect(standIn.recorded.openDialogs).toHaveLength(shown);
  });

  it('runs with a production menu, no permissions, local crash dumps', async () => {
    const items: MenuItem[] = [];
    const flatten = (list: MenuItem[]) => list.forEach((item) => (items.push(item), item.submenu && flatten(item.submenu)));
    flatten(standIn.recorded.menu!.template);
    expect(items.map((i) => i.role).filter(Boolean)).not.toEqual(expect.arrayContaining(['reload']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools', 'toggledevtools', 'viewMenu']) expect(items.some((i) => i.role === role)).toBe(false);
    items.find((i) => i.label === 'Show Logs')!.click!();
    expect(standIn.recorded.openedPaths).toEqual([path.join(standIn.paths.userData, 'logs')]);
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) standIn.recorded.permissionHandlers.request!(null, permission, (g) => granted.push(g));
    expect(granted).toEqual([false, false, false, false, false]);
    expect(standIn.recorded.permissionHandlers.check!()).toBe(false);
    expect(standIn.recorded.crashReporter).toMatchObject({ uploadToServer: false });
  });

  it('first run: no vault; a failed open offers another choice and is not remembered', async () => {
    expect(await launcher('launcher.status')).toMatchObject({ vault: null, failure: null, recent: [] });
    const notAVault = path.join(vaults, 'notes.quire');
    writeFileSync(notAVault, 'just some text');
    standIn.dialogAnswers.open.push(notAVault);
    const failed = await launcher('launcher.openChosen');
    expect(failed).toMatchObject({ vault: null, failure: { path: notAVault, code: 'NOT_A_VAULT' }, recent: [] });
    expect(existsSync(path.join(standIn.paths.userData, 'recent-vaults.json'))).toBe(false);
    // Opening a path that was never chosen nor opened before is refused.
    expect(await launcher('launcher.openRecent', { path: notAVault })).toMatchObject({ vault: null, failure: { code: 'INVALID_INPUT' } });
  });

  const vaultPath = path.join(vaults, 'QA vault.quire');

  it('creates a vault where the Save dialog said, refusing a weak password first, and remembers it once open', async () => {
    standIn.dialogAnswers.save.push(path.join(vaults, 'QA vault'));
    expect(await launcher('launcher.chooseNewVaultPath', { vaultName: 'QA vault' })).toEqual({ path: vaultPath });
    const admin = { username: 'admin', fullName: 'Ada Admin', password: 'short' };
    expect(await launcher('launcher.createVault', { path: vaultPath, admin })).toMatchObject({ vault: null, failure: { code: 'PASSWORD_TOO_WEAK' } });
    expect(existsSync(vaultPath)).toBe(false);
    // The destination was used up; a path not chosen in the dialog is refused.
    expect(await launcher('launcher.createVault', { path: vaultPath, admin: { ...admin, password: strongPassword } })).toMatchObject({ vault: null, failure: { code: 'INVALID_INPUT' } });
    standIn.dialogAnswers.save.push(vaultPath);
    await launcher('launcher.chooseNewVaultPath', { vaultName: 'QA vault' });
    const created = await launcher('launcher.createVault', { path: vaultPath, admin: { ...admin, password: strongPassword } });
    expect(created).toMatchObject({ vault: { path: vaultPath, name: 'QA vault' }, failure: null, recent: [{ path: vaultPath, name: 'QA vault' }] });
  });

  it('extracts the text of an imported PDF in the bundled core host (pdf.js worker included)', async () => {
    expect(await call('session.login', { username: 'admin', password: strongPassword })).toMatchObject({ ok: true });
    expect(await call('users.add', { username: 'arun', fullName: 'Arun Author', roles: ['author'], initialPassword: 'Initial-pass-2026' })).toMatchObject({ ok: true });
    expect(await call('session.login', { username: 'arun', password: 'Initial-pass-2026' })).toMatchObject({ ok: true });
    expect(await call('session.changePassword', { currentPassword: 'Initial-pass-2026', newPassword: 'Author-pass-2026!' })).toMatchObject({ ok: true });
    const pdfA = path.join(dir, 'cleaning A.pdf');
    const pdfB = path.join(dir, 'cleaning B.pdf');
    writeProcedurePdf(pdfA, 'A', [['Step 1: wipe the panel with 70 percent alcohol.', 'Step 2: let it dry for five minutes.']]);
    writeProcedurePdf(pdfB, 'B', [['Step 1: wipe the panel with 70 percent alcohol.', 'Step 2: let it dry for ten minutes.']]);
    const picked = (file: string) => bridge.pathForFile!({ path: file } as unknown as File);
    const registered = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Cleaning', file: { path: picked(pdfA) } });
    expect(registered, JSON.stringify(registered)).toMatchObject({ ok: true });
    const number = (registered.result as { number: string }).number;
    expect(await call('revisions.createDraft', { impact: noChangeImpact, number, file: { path: picked(pdfB) }, changeSummary: 'Longer drying.' })).toMatchObject({ ok: true });
    const compared = await call('revisions.compare', { number, from: 'A.1', to: 'A.2' });
    // Both revisions' text was extracted; the changes are the revision in the running header and the time.
    expect(compared, JSON.stringify(compared)).toMatchObject({ ok: true, result: { old: { text: 'extracted' }, new: { text: 'extracted' }, text: { summary: { changes: 2 } } } });
    const words = (compared.result as { text: { hunks: { words?: { kind: string; text: string }[] }[] } }).text.hunks.flatMap((h) => h.words ?? []);
    expect(words).toEqual(expect.arrayContaining([{ kind: 'removed', text: 'five' }, { kind: 'added', text: 'ten' }].map((w) => expect.objectContaining(w))));
  });

  it('settles pending calls with CORE_HOST_STOPPED when the core host dies, and restarts it on request', async () => {
    const host = standIn.recorded.utilityProcesses.at(-1)!;
    const pending = call('session.login', { username: 'arun', password: 'Author-pass-2026!' });
    host.child.kill('SIGKILL');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CORE_HOST_STOPPED' } });
    expect(await call('documents.list', {})).toMatchObject({ ok: false, error: { code: 'CORE_HOST_STOPPED' } });
    expect(await launcher('launcher.restartCore')).toMatchObject({ vault: { path: vaultPath } });
    expect(await call('session.login', { username: 'arun', password: 'Author-pass-2026!' })).toMatchObject({ ok: true });
    expect(await call('documents.list', {})).toMatchObject({ ok: true, result: { documents: [expect.objectContaining({ title: 'Cleaning' })], total: 1 } });
  });

  it('switches to a vault opened from Explorer in a second instance, and reloads the window', async () => {
    const other = await createTestVault();
    other.core.close();
    const reloads = standIn.recorded.windows[0]!.webContents.reloads;
    electron.app.emit('second-instance', {}, ['C:\\Program Files\\Quire\\Quire.exe', other.vaultPath], path.dirname(other.vaultPath));
    await expect.poll(() => standIn.recorded.windows[0]!.webContents.reloads, { timeout: 30_000 }).toBe(reloads + 1);
    expect(await launcher('launcher.status')).toMatchObject({ vault: { path: other.vaultPath }, recent: [{ path: other.vaultPath }, { path: vaultPath }] });
    // Its core host closed the vault it had: the first vault is one file again.
    expect(readdirSync(vaults).filter((f) => f.startsWith('QA vault'))).toEqual(['QA vault.quire']);
    expect(await launcher('launcher.openRecent', { path: vaultPath })).toMatchObject({ vault: { path: vaultPath } });
    other.cleanup();
  });

  it('opens the demo vault, made once by its own process from the shipped files', async () => {
    const demo = await launcher('launcher.openDemo');
    expect(demo, JSON.stringify(demo)).toMatchObject({ vault: { name: expect.stringMatching(/^demo-/) }, failure: null, demo: { password: 'Demo-user-2026!' } });
    expect(demo.vault!.path.startsWith(path.join(standIn.paths.userData, 'demo'))).toBe(true);
    expect(await call('session.login', { username: 'carol', password: demo.demo.password })).toMatchObject({ ok: true });
    expect(await launcher('launcher.openRecent', { path: vaultPath })).toMatchObject({ vault: { path: vaultPath } });
  }, 600_000);

  it('quits by closing the vault: no -wal or -shm, and the file alone holds every event', async () => {
    expect(await call('session.login', { username: 'admin', password: strongPassword })).toMatchObject({ ok: true });
    const trail = (await call('audit.list', {})).result as { id: number; hash: string }[];
    const last = trail.at(-1)!;
    const quit = new Promise((resolve) => electron.app.once('quit', resolve));
    electron.app.quit();
    await quit;
    expect(readdirSync(vaults).filter((f) => f.startsWith('QA vault'))).toEqual(['QA vault.quire']);
    const alone = path.join(dir, 'copied alone', 'QA vault.quire');
    mkdirSync(path.dirname(alone));
    copyFileSync(vaultPath, alone);
    expect(sqlite3Tool(alone, 'SELECT max(id), count(*) FROM audit_events;')).toBe(`${last.id}|${trail.length}`);
    expect(sqlite3Tool(alone, 'SELECT last_hash FROM audit_head;')).toBe(last.hash);
    const log = readFileSync(path.join(standIn.paths.userData, 'logs', 'quire.log'), 'utf8');
    expect(log).toContain('Core host closed on closing the vault.');
    expect(log).toMatch(/\[main\] The core host stopped \(exit code/);
  });
});
