import { utilityProcess, type UtilityProcess } from 'electron';
import path from 'node:path';
import type { ClientCall, ClientResponse } from '../core-host/client-sessions';
import { QuireError, type SerializedQuireError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';

/**
 * Starts the core host as a utilityProcess on one vault and forwards calls to it. The main
 * process holds no vault handle and no session token: it only carries messages.
 */
export class CoreHostClient {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, (response: ClientResponse) => void>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(vaultPath: string) {
    this.child = utilityProcess.fork(path.join(__dirname, 'core-host.mjs'), [vaultPath], { serviceName: 'Quire core' });
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: { kind?: string; id?: number; response?: ClientResponse; error?: SerializedQuireError }) => {
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'failed') reject(new Error(message.error ? errorMessage(QuireError.fromJSON(message.error)) : 'The vault could not be opened.'));
        else if (message.id !== undefined && message.response) {
          this.pending.get(message.id)?.(message.response);
          this.pending.delete(message.id);
        }
      });
      this.child.on('exit', (code) => reject(new Error(`The core host stopped (exit code ${code}).`)));
    });
  }

  call(call: ClientCall): Promise<ClientResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.postMessage({ id, kind: 'call', call });
    });
  }

  forget(clientId: string): void {
    this.child.postMessage({ id: 0, kind: 'forget', clientId });
  }

  stop(): void {
    this.child.kill();
  }
}
