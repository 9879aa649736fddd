// The core host process: opens one vault and answers calls from the Electron main process.
// Plain Node: in the app it runs as an Electron utilityProcess (messages on process.parentPort);
// under Node it runs as a child_process.fork (messages on process.send), which is how it is tested.
import { toQuireError } from '../core/api/to-quire-error';
import { QuireCore } from '../core/quire-core';
import { ChainWitnessStore } from '../core/witness/chain-witness-store';
import { userDataFolder } from '../cli/demo/user-data-folder';
import { ClientSessions, type ClientCall } from './client-sessions';

type HostMessage = { id: number; kind: 'call'; call: ClientCall } | { id: number; kind: 'forget'; clientId: string };

interface ParentPort {
  on(event: 'message', listener: (event: { data: HostMessage }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send?.(message));

const vaultPath = process.argv[2];
let sessions: ClientSessions;
try {
  if (!vaultPath) throw new Error('The core host needs the vault path as its first argument.');
  // The workstation's witness lives in the same per-user folder as Electron's app.getPath('userData');
  // its warning, if any, is what vault.chainWitness returns to the window.
  const core = QuireCore.open(vaultPath, { witness: new ChainWitnessStore(userDataFolder(process.env)) });
  core.startTimers();
  sessions = new ClientSessions(core);
  process.on('exit', () => core.close());
  send({ kind: 'ready', vaultPath });
} catch (error) {
  send({ kind: 'failed', error: toQuireError(error).toJSON() });
  process.exit(1);
}

async function onMessage(message: HostMessage): Promise<void> {
  if (message.kind === 'forget') {
    sessions.forget(message.clientId);
    return;
  }
  send({ id: message.id, response: await sessions.handle(message.call) });
}

if (parentPort) parentPort.on('message', (event) => void onMessage(event.data));
else process.on('message', (message) => void onMessage(message as HostMessage));
process.on('disconnect', () => process.exit(0));
