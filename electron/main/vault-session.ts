import path from 'node:path';
import { QuireError } from '../../shared/errors';
import type { LauncherStatus } from '../../shared/contract/launcher-methods';
import type { ClientCall, ClientResponse } from '../core-host/client-sessions';
import type { VaultRequest } from '../core-host/open-vault-for';
import { demoSignIns } from '../../shared/demo-sign-ins';
import { CoreHostClient } from './core-host-client';
import { makeDemoVault } from './make-demo-vault';
import type { RecentVaults } from './recent-vaults';
import type { RotatingLog } from './rotating-log';

const noVault: ClientResponse = { ok: false, error: new QuireError('CORE_HOST_STOPPED', { reason: 'no-vault' }).toJSON() };

/**
 * The one vault the app works on, through one core host at a time: opening (or creating) a vault starts a
 * host and remembers the vault only once the host said it opened; switching or quitting closes the host
 * first, so the vault it had is left as one complete file.
 */
export class VaultSession {
  private host: CoreHostClient | null = null;
  private vault: { path: string; name: string } | null = null;
  private lastVaultPath: string | null = null;
  private failure: LauncherStatus['failure'] = null;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly recent: RecentVaults,
    private readonly log: RotatingLog,
  ) {}

  /** Runs one change of vault at a time, in the order asked. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => {});
    return next;
  }

  open(request: VaultRequest | { kind: 'demo'; folder: string }): Promise<LauncherStatus> {
    return this.serially(async () => {
      await this.closeHost();
      const named = request.kind === 'demo' ? request.folder : request.vaultPath;
      this.log.write('main', `Opening ${request.kind === 'demo' ? 'the demo vault' : named}`);
      try {
        const hostRequest = request.kind === 'demo' ? { kind: 'open' as const, vaultPath: await makeDemoVault(request.folder, (line) => this.log.write('demo', line)) } : request;
        const host = new CoreHostClient(
          hostRequest,
          (line) => this.log.write('core', line),
          (detail) => this.log.write('main', `The core host stopped (${detail}).`),
        );
        this.host = host;
        const vaultPath = await host.ready;
        this.vault = { path: vaultPath, name: path.basename(vaultPath, path.extname(vaultPath)) };
        this.lastVaultPath = vaultPath;
        this.failure = null;
        this.recent.rememberOpened(vaultPath);
      } catch (error) {
        this.host = null;
        this.vault = null;
        const { code, params, message } = error as { code?: string; params?: Record<string, unknown>; message: string };
        this.failure = { path: named, code: code ?? 'INTERNAL', params: params ?? {} };
        this.log.write('main', `Could not open ${named}: ${code} ${message}`);
      }
      return this.statusNow();
    });
  }

  /** After the host died: the same vault again, in a new host. */
  restart(): Promise<LauncherStatus> {
    return this.lastVaultPath ? this.open({ kind: 'open', vaultPath: this.lastVaultPath }) : this.status();
  }

  /** Back to the welcome screen: the host closes the vault cleanly. */
  close(): Promise<LauncherStatus> {
    return this.serially(async () => {
      await this.closeHost();
      return this.statusNow();
    });
  }

  /** The status once any open in progress has finished. */
  status(): Promise<LauncherStatus> {
    return this.serially(async () => this.statusNow());
  }

  call(call: ClientCall): Promise<ClientResponse> {
    return this.host ? this.host.call(call) : Promise.resolve(noVault);
  }

  forget(clientId: string): void {
    this.host?.forget(clientId);
  }

  private async closeHost(): Promise<void> {
    const host = this.host;
    this.host = null;
    this.vault = null;
    if (host) this.log.write('main', `Core host ${await host.close()} on closing the vault.`);
  }

  private statusNow(): LauncherStatus {
    const vault = this.host?.running ? this.vault : null;
    return { vault, failure: this.failure, recent: this.recent.list(), demo: { users: demoSignIns.users.map((u) => ({ ...u })), password: demoSignIns.password } };
  }
}
