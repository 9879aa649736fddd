// The Electron main process: windows, the single-instance lock, and message passing to the core
// host. No vault access and no business rules live here (DESIGN.md §2).
import { app, dialog } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChosenPaths } from './chosen-paths';
import { chooseVault } from './choose-vault';
import { CoreHostClient } from './core-host-client';
import { registerIpc } from './ipc';
import { createSecureWindow } from './secure-window';

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererRoot = pathToFileURL(path.dirname(rendererIndex)).href;

if (!app.requestSingleInstanceLock()) app.quit();

app.enableSandbox();
app.on('window-all-closed', () => app.quit());

void app.whenReady().then(async () => {
  const vault = await chooseVault(process.argv);
  if (!vault) return app.quit();
  const host = new CoreHostClient(vault);
  try {
    await host.ready;
  } catch (error) {
    dialog.showErrorBox('Quire cannot open the vault', (error as Error).message);
    return app.quit();
  }
  const chosen = new ChosenPaths();
  registerIpc(host, chosen, (url) => url.startsWith(rendererRoot));
  const window = createSecureWindow(rendererIndex, (id) => {
    host.forget(String(id));
    chosen.forget(id);
  });
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('before-quit', () => host.stop());
});
