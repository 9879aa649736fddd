import { dialog, ipcMain, type IpcMainInvokeEvent, BrowserWindow } from 'electron';
import { methodNames } from '../../shared/contract';
import type { ClientCall, ClientResponse } from '../core-host/client-sessions';
import { QuireError } from '../../shared/errors';
import type { ChosenPaths } from './chosen-paths';

export interface CoreForwarder {
  call(call: ClientCall): Promise<ClientResponse>;
}

type SenderEvent = { senderFrame: IpcMainInvokeEvent['senderFrame'] };

/** A call may come only from the top frame of one of our windows, showing our own renderer. */
export function fromOwnWindow(event: SenderEvent, isOwnPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isOwnPage(frame.url);
}

/** A refusal main makes itself, in the same form as the core's: code and parameters. */
export const refused = (error: QuireError) => ({ ok: false as const, error: error.toJSON() });
/** A call from anything but our own page. */
export const notOurWindow = () => refused(new QuireError('PERMISSION_DENIED', { reason: 'request-refused', why: 'other-page' }));

/**
 * One IPC channel per contract method (quire:<method>), nothing generic. Each call must come from
 * the top frame of one of our own windows, loaded from our own renderer, and may only carry file
 * paths the user chose in that window; anything else is refused before it reaches the core.
 */
export function registerIpc(core: CoreForwarder, chosen: ChosenPaths, isOwnPage: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(`quire:${method}`, (event, input: unknown) => {
      if (!fromOwnWindow(event, isOwnPage)) return notOurWindow();
      const refusal = chosen.refusal(event.sender.id, input);
      if (refusal) return refused(new QuireError('INVALID_INPUT', refusal));
      return core.call({ clientId: String(event.sender.id), method, input });
    });
  }
  ipcMain.on('quire:file-picked', (event, file: unknown) => {
    if (fromOwnWindow(event, isOwnPage) && typeof file === 'string') chosen.picked(event.sender.id, file);
  });
  ipcMain.handle('quire:choose-destination', async (event, suggestedName: unknown) => {
    if (!fromOwnWindow(event, isOwnPage)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: typeof suggestedName === 'string' ? suggestedName : undefined };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    chosen.destinationChosen(event.sender.id, choice.filePath);
    return choice.filePath;
  });
  // The import wizard's folder. The core reads the folder as the signed-in controller asks, typed or
  // chosen, so the choice is only handed back (not remembered as a path the window may use).
  ipcMain.handle('quire:choose-folder', async (event) => {
    if (!fromOwnWindow(event, isOwnPage)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Choose the folder to import', properties: ['openDirectory' as const] };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  });
}
