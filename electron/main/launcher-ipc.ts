import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import path from 'node:path';
import { launcherContract, type LauncherMethodName, type LauncherStatus } from '../../shared/contract/launcher-methods';
import { inputProblem } from '../../shared/contract/input-problem';
import { QuireError, type InvalidInputParams } from '../../shared/errors';
import type { ChosenPaths } from './chosen-paths';
import { fromOwnWindow, notOurWindow, refused } from './ipc';
import type { RecentVaults } from './recent-vaults';
import type { VaultSession } from './vault-session';

const vaultFilter = [{ name: 'Quire vault', extensions: ['quire'] }];

/**
 * The welcome screen's channels (quire:launcher.<method>). Inputs are parsed against the launcher
 * contract; paths come only from the recent list or from our own Open and Save dialogs.
 */
export function registerLauncherIpc(session: VaultSession, recent: RecentVaults, chosen: ChosenPaths, isOwnPage: (url: string) => boolean, demoFolder: string): void {
  const windowOf = (sender: WebContents) => BrowserWindow.fromWebContents(sender) ?? undefined;
  const handlers: { [M in LauncherMethodName]: (input: never, sender: WebContents) => Promise<unknown> } = {
    'launcher.status': () => session.status(),
    'launcher.openRecent': async (input: { path: string }) => {
      if (!recent.has(input.path)) return refusedStatus(await session.status(), input.path, { problem: 'not-a-recent-vault' });
      return session.open({ kind: 'open', vaultPath: path.resolve(input.path) });
    },
    'launcher.openChosen': async (_input, sender) => {
      const window = windowOf(sender);
      const options = { title: 'Open a Quire vault', properties: ['openFile' as const], filters: vaultFilter };
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const file = picked.canceled ? undefined : picked.filePaths[0];
      return file ? session.open({ kind: 'open', vaultPath: file }) : session.status();
    },
    'launcher.chooseNewVaultPath': async (input: { vaultName: string }, sender) => {
      const window = windowOf(sender);
      const options = { title: 'Create a Quire vault', defaultPath: path.join(app.getPath('documents'), `${input.vaultName.replace(/[\\/:*?"<>|]/g, '-')}.quire`), filters: vaultFilter };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { path: null };
      const file = path.extname(choice.filePath).toLowerCase() === '.quire' ? choice.filePath : `${choice.filePath}.quire`;
      chosen.destinationChosen(sender.id, file);
      return { path: file };
    },
    'launcher.createVault': async (input: { path: string; admin: { username: string; fullName: string; password: string } }, sender) => {
      if (chosen.refusal(sender.id, { destination: input.path })) return refusedStatus(await session.status(), input.path, { problem: 'choose-vault-location' });
      return session.open({ kind: 'create', vaultPath: path.resolve(input.path), admin: input.admin });
    },
    'launcher.openDemo': () => session.open({ kind: 'demo', folder: demoFolder }),
    'launcher.restartCore': () => session.restart(),
    'launcher.closeVault': () => session.close(),
  };
  for (const [method, handler] of Object.entries(handlers) as [LauncherMethodName, (input: never, sender: WebContents) => Promise<unknown>][]) {
    ipcMain.handle(`quire:${method}`, async (event, input: unknown) => {
      if (!fromOwnWindow(event, isOwnPage)) return notOurWindow();
      const parsed = launcherContract[method].input.safeParse(input ?? {});
      if (!parsed.success) return refused(new QuireError('INVALID_INPUT', inputProblem(parsed.error.issues[0], input ?? {})));
      return { ok: true, result: await handler(parsed.data as never, event.sender) };
    });
  }
}

function refusedStatus(status: LauncherStatus, file: string, params: InvalidInputParams): LauncherStatus {
  return { ...status, failure: { path: file, code: 'INVALID_INPUT', params } };
}
