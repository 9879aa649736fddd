import { dialog, ipcMain, type IpcMainInvokeEvent, BrowserWindow } from 'electron';
import { methodNames } from '../../shared/contract';
import type { ClientCall, ClientResponse } from '../core-host/client-sessions';
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

export const refused = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

/**
 * One IPC channel per contract method (quire:<method>), nothing generic. Each call must come from
 * the top frame of one of our own windows, loaded from our own renderer, and may only carry file
 * paths the user chose in that window; anything else is refused before it reaches the core.
 */
export function registerIpc(core: CoreForwarder, chosen: ChosenPaths, isOwnPage: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(`quire:${method}`, (event, input: unknown) => {
      if (!fromOwnWindow(event, isOwnPage)) return refused('PERMISSION_DENIED', 'This window may not call Quire.');
      const refusal = chosen.refusal(event.sender.id, input);
      if (refusal) return refused('INVALID_INPUT', refusal);
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
}
