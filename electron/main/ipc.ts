import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/contract';
import type { CoreHostClient } from './core-host-client';

/**
 * One IPC channel per contract method (quire:<method>), nothing generic. Each call must come from
 * the top frame of one of our own windows, loaded from our own renderer; anything else is refused.
 */
export function registerIpc(host: CoreHostClient, isOwnRendererUrl: (url: string) => boolean): void {
  const fromOwnWindow = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isOwnRendererUrl(frame.url);
  };
  for (const method of methodNames) {
    ipcMain.handle(`quire:${method}`, (event, input: unknown) => {
      if (!fromOwnWindow(event)) return { ok: false, error: { code: 'PERMISSION_DENIED', message: 'This window may not call Quire.' } };
      return host.call({ clientId: String(event.sender.id), method, input });
    });
  }
}
