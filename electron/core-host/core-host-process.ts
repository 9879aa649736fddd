// The core host process: opens one vault and answers calls from the Electron main process.
// Plain Node: in the app it runs as an Electron utilityProcess (messages on process.parentPort);
// under Node it runs as a child_process.fork (messages on process.send), which is how it is tested.
// The vault comes from argv[2], or from the first message (open or create), so a new administrator's
// password never appears on a command line.
import { QuireError } from '../../shared/errors';
import { toQuireError } from '../core/api/to-quire-error';
import type { QuireCore } from '../core/quire-core';
import { ClientSessions } from './client-sessions';
import { openVaultFor, type VaultRequest } from './open-vault-for';
import type { HostMessage } from './host-messages';
import { ChainWitnessStore } from '../core/witness/chain-witness-store';
import { userDataFolder } from '../core/user-data-folder';

interface ParentPort {
  on(event: 'message', listener: (event: { data: HostMessage }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send?.(message));

let core: QuireCore | null = null;
let sessions: ClientSessions | null = null;
let inFlight = 0;
let closing = false;
const idleWaiters: (() => void)[] = [];

async function start(request: VaultRequest): Promise<void> {
  try {
    // The workstation's witness lives in the same per-user folder as Electron's app.getPath('userData');
    // its warning, if any, is what vault.chainWitness returns to the window.
    const opened = await openVaultFor(request, new ChainWitnessStore(userDataFolder(process.env)));
    core = opened.core;
    // The app opens the vault for work: releases due today become effective now, later ones on the timer.
    core.applyDueReleases();
    core.startTimers();
    sessions = new ClientSessions(core);
    send({ kind: 'ready', vaultPath: opened.vaultPath });
  } catch (error) {
    send({ kind: 'failed', error: toQuireError(error).toJSON() });
    process.exit(1);
  }
}

/**
 * Quit: refuse new calls, let the ones in flight finish, then close the vault — its WAL is folded back
 * into the file and the -wal/-shm files removed — so that the .quire file alone holds every event.
 */
async function closeAndExit(): Promise<void> {
  closing = true;
  if (inFlight > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
  core?.close();
  send({ kind: 'closed' });
  process.exit(0);
}

async function answer(id: number, call: Extract<HostMessage, { kind: 'call' }>['call']): Promise<void> {
  if (!sessions || closing) {
    send({ id, response: { ok: false, error: new QuireError('CORE_HOST_STOPPED', { reason: 'closing' }).toJSON() } });
    return;
  }
  inFlight++;
  try {
    send({ id, response: await sessions.handle(call) });
  } finally {
    if (--inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
  }
}

function onMessage(message: HostMessage): void {
  if (message.kind === 'open' || message.kind === 'create') void start(message);
  else if (message.kind === 'forget') sessions?.forget(message.clientId);
  else if (message.kind === 'close') void closeAndExit();
  else if (message.kind === 'call') void answer(message.id, message.call);
}

if (parentPort) parentPort.on('message', (event) => onMessage(event.data));
else process.on('message', (message) => onMessage(message as HostMessage));
// Losing the parent is a quit too: close the vault rather than leave its WAL behind.
process.on('disconnect', () => void closeAndExit());
if (process.argv[2]) void start({ kind: 'open', vaultPath: process.argv[2] });
