// The Electron main process: the window, the single-instance lock, files opened from Explorer/Finder,
// logs, the menu, and message passing to the core host. No vault access and no business rules live
// here (DESIGN.md §2).
import { app, crashReporter, session as electronSession, type BrowserWindow } from 'electron';
import path from 'node:path';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-scheme';
import { ChosenPaths } from './chosen-paths';
import { denyAllPermissions } from './deny-permissions';
import { registerIpc } from './ipc';
import { registerLauncherIpc } from './launcher-ipc';
import { isOwnPage, rendererEntryUrl } from './own-page';
import { RecentVaults } from './recent-vaults';
import { RotatingLog } from './rotating-log';
import { createSecureWindow } from './secure-window';
import { vaultFromArguments } from './vault-from-arguments';
import { VaultSession } from './vault-session';

const rendererRoot = path.join(__dirname, '..', 'renderer');

// Crash dumps stay on this computer (in the crashDumps folder); nothing is ever uploaded.
crashReporter.start({ uploadToServer: false });
registerAppScheme();
app.setAppLogsPath();
const log = new RotatingLog(app.getPath('logs'));

// A second launch (double-clicking a vault in Explorer, say) hands its argv to the first and quits
// before it does anything else.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  log.write('main', `Quire ${app.getVersion()} starting (Electron ${process.versions.electron ?? '?'}, ${process.platform} ${process.arch}).`);
  app.enableSandbox();
  let window: BrowserWindow | null = null;
  let session: VaultSession | null = null;
  // macOS delivers a double-clicked vault as open-file, possibly before ready: keep it until then.
  let vaultToOpen = vaultFromArguments(process.argv, process.cwd());

  const focus = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  const switchTo = (vaultPath: string) => {
    focus();
    void session?.open({ kind: 'open', vaultPath }).then(() => window?.webContents.reload());
  };

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (session) switchTo(file);
    else vaultToOpen = file;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const vault = vaultFromArguments(argv, workingDirectory);
    if (vault) switchTo(vault);
    else focus();
  });
  app.on('child-process-gone', (_event, details) => log.write('main', `Child process gone: ${details.type} ${details.name ?? ''} ${details.reason} (exit code ${details.exitCode}).`));
  app.on('render-process-gone', (_event, _contents, details) => log.write('main', `Window process gone: ${details.reason} (exit code ${details.exitCode}).`));
  app.on('window-all-closed', () => app.quit());

  // Quit waits for the core host to finish its calls and close the vault (or for the timeout).
  let vaultClosed = false;
  app.on('before-quit', (event) => {
    if (vaultClosed || !session) return;
    event.preventDefault();
    void session.close().finally(() => {
      vaultClosed = true;
      log.write('main', 'Quit.');
      app.quit();
    });
  });

  void app.whenReady().then(() => {
    denyAllPermissions(electronSession.defaultSession);
    serveRenderer(rendererRoot);
    const recent = new RecentVaults(app.getPath('userData'));
    const chosen = new ChosenPaths();
    // The window learns that the core host stopped from the coded error its next call gets.
    session = new VaultSession(recent, log);
    const vaultSession = session;
    registerIpc(vaultSession, chosen, isOwnPage);
    registerLauncherIpc(vaultSession, recent, chosen, isOwnPage, path.join(app.getPath('userData'), 'demo'));
    installAppMenu({ logsFolder: app.getPath('logs'), switchVault: () => void vaultSession.close().then(() => window?.webContents.reload()) });
    const first = vaultToOpen ?? recent.latest();
    if (first) void vaultSession.open({ kind: 'open', vaultPath: first });
    window = createSecureWindow(rendererEntryUrl, (id) => {
      vaultSession.forget(String(id));
      chosen.forget(id);
      window = null;
    });
  });
}
