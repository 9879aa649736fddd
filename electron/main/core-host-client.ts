import { utilityProcess, type UtilityProcess } from 'electron';
import path from 'node:path';
import type { ClientCall, ClientResponse } from '../core-host/client-sessions';
import { QuireError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import type { HostMessage, HostReply } from '../core-host/host-messages';
import type { VaultRequest } from '../core-host/open-vault-for';
import { unpackedPath } from './unpacked-path';

/** How long quit waits for the host to fold the WAL back and exit before it is killed. */
export const hostCloseTimeoutMs = 10_000;

// The exit code goes to the log (onGone), not into the sentence a user reads.
const stoppedAnswer = (_detail: string): ClientResponse => ({
  ok: false,
  error: new QuireError('CORE_HOST_STOPPED', { reason: 'stopped' }).toJSON(),
});

/**
 * Starts the core host as a utilityProcess on one vault and forwards calls to it. The main process
 * holds no vault handle and no session token: it only carries messages. If the host dies, every call
 * waiting for it settles with CORE_HOST_STOPPED, and so does every later call.
 */
export class CoreHostClient {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, (response: ClientResponse) => void>();
  private nextId = 1;
  private exited: string | null = null;
  private readonly exitWaiters: (() => void)[] = [];
  readonly ready: Promise<string>;

  constructor(request: VaultRequest, onOutput: (line: string) => void, onGone: (detail: string) => void) {
    // The host runs from app.asar.unpacked: Node's worker threads and ESM loader cannot read inside an asar.
    this.child = utilityProcess.fork(unpackedPath(path.join(__dirname, 'core-host.mjs')), [], { serviceName: 'Quire core', stdio: 'pipe' });
    for (const stream of [this.child.stdout, this.child.stderr]) stream?.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8').trimEnd()));
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: HostReply) => {
        if (message.kind === 'ready') resolve(message.vaultPath);
        else if (message.kind === 'failed') reject(Object.assign(new Error(errorMessage(QuireError.fromJSON(message.error))), { code: message.error.code, params: message.error.params }));
        else if (message.kind === undefined) {
          this.pending.get(message.id)?.(message.response);
          this.pending.delete(message.id);
        }
      });
      this.child.on('exit', (code) => {
        const detail = `exit code ${code}`;
        this.exited = detail;
        // The exit detail goes to the log (onGone), not into the sentence.
        reject(Object.assign(new Error(errorMessage({ code: 'CORE_HOST_STOPPED', params: { reason: 'stopped' } })), { code: 'CORE_HOST_STOPPED', params: { reason: 'stopped' } }));
        for (const settle of this.pending.values()) settle(stoppedAnswer(detail));
        this.pending.clear();
        for (const wake of this.exitWaiters.splice(0)) wake();
        onGone(detail);
      });
    });
    this.ready.catch(() => {});
    this.send(request);
  }

  private send(message: HostMessage): void {
    if (!this.exited) this.child.postMessage(message);
  }

  call(call: ClientCall): Promise<ClientResponse> {
    if (this.exited) return Promise.resolve(stoppedAnswer(this.exited));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ kind: 'call', id, call });
    });
  }

  forget(clientId: string): void {
    this.send({ kind: 'forget', clientId });
  }

  get running(): boolean {
    return this.exited === null;
  }

  /**
   * Asks the host to finish the calls in flight and close the vault (WAL checkpointed, -wal/-shm
   * removed), and waits for it to exit; kills it after timeoutMs so that quitting never hangs.
   */
  async close(timeoutMs = hostCloseTimeoutMs): Promise<'closed' | 'killed'> {
    if (this.exited) return 'closed';
    const exited = new Promise<void>((resolve) => this.exitWaiters.push(resolve));
    this.send({ kind: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'killed'>((resolve) => {
      timer = setTimeout(() => resolve('killed'), timeoutMs);
    });
    const outcome = await Promise.race([exited.then(() => 'closed' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'killed') {
      this.child.kill();
      await exited;
    }
    return outcome;
  }
}
