// The preload: exposes one function per contract method as window.quire.<method>(input), and nothing
// else — no ipcRenderer, no generic send. It holds no logic and no session token.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/contract';

const bridge = Object.fromEntries(methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(`quire:${method}`, input)]));

contextBridge.exposeInMainWorld('quire', bridge);
