// The preload: exposes one function per contract method (and per welcome-screen method) as
// window.quire.<method>(input), plus the file helpers the page needs — nothing generic, no
// ipcRenderer, no logic, no session token.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { methodNames } from '../../shared/contract';
import { launcherMethodNames } from '../../shared/contract/launcher-methods';
import type { QuireBridge } from '../../shared/quire-bridge';

const methods = Object.fromEntries([...methodNames, ...launcherMethodNames].map((method) => [method, (input: unknown) => ipcRenderer.invoke(`quire:${method}`, input)]));

const bridge = {
  ...methods,
  // Only a File the user picked or dropped has a path; main remembers it as one the core may read.
  pathForFile(file: File): string {
    const picked = webUtils.getPathForFile(file);
    if (picked) ipcRenderer.send('quire:file-picked', picked);
    return picked;
  },
  chooseDestination: (suggestedName: string): Promise<string | null> => ipcRenderer.invoke('quire:choose-destination', suggestedName),
  chooseFolder: (): Promise<string | null> => ipcRenderer.invoke('quire:choose-folder'),
} as QuireBridge;

contextBridge.exposeInMainWorld('quire', bridge);
