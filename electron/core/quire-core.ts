import os from 'node:os';
import { apiContract, isMethodName, type MethodName, type MethodResult } from '../../shared/contract';
import { QuireError, type SerializedQuireError } from '../../shared/errors';
import { rolesAllow } from '../../shared/roles';
import { handlers } from './api/handlers';
import type { Handler } from './api/handler-table';
import { SessionTable } from './api/session-table';
import { toQuireError } from './api/to-quire-error';
import { validateInput } from './api/validate-input';
import { actorOf, writeTransaction, type CallContext, type CoreContext } from './core-context';
import { appendAuditEvent } from './audit/append-audit-event';
import { signIn } from './users/sign-in';
import { toSignedInUser, toUserSummary, userRowById } from './users/user-records';
import { closeVault, openVault, type Vault } from './vault/open-vault';
import { applyDueReleases } from './workflow/release-revision';
import type { ChainWitnessWarning } from '../../shared/contract';
import type { ChainWitnessStore } from './witness/chain-witness-store';
import { observeChainHead } from './witness/observe-chain-head';

export interface CoreOptions {
  /** The machine name written into every audit event; defaults to this host's name. */
  workstation?: string;
  now?: () => Date;
  /** Idle time after which a session ends; 15 minutes by default. */
  sessionIdleMs?: number;
  /** The workstation's chain-head witness (in the user's data folder): checked on open, moved on at close. */
  witness?: ChainWitnessStore;
}

export interface CallRequest {
  token: string | null;
  method: string;
  input: unknown;
}

export type CallResponse = { ok: true; result: unknown; token?: string } | { ok: false; error: SerializedQuireError };

/**
 * The one door into a vault. Every call names a method of the contract; the core validates its
 * input, identifies the caller from its own session table (never from the caller's word),
 * checks the permission, and runs the handler. Hosted by the Electron app, the CLI and the
 * loopback server alike.
 */
export class QuireCore {
  readonly context: CoreContext;
  private readonly sessions: SessionTable;
  private releaseTimer: NodeJS.Timeout | undefined;
  /** What the workstation's witness said when the vault opened: hosts show it (the CLI on stderr). */
  readonly witnessWarning: ChainWitnessWarning | null;

  constructor(readonly vault: Vault, options: CoreOptions = {}) {
    this.context = { vault, now: options.now ?? (() => new Date()), workstation: options.workstation ?? os.hostname(), witness: options.witness };
    this.sessions = new SessionTable(options.sessionIdleMs ?? 15 * 60 * 1000);
    // Checked before anything is written, so a cut trail is named before new events hide where it was cut.
    this.witnessWarning = options.witness ? observeChainHead(vault.db, options.witness, this.context.now()) : null;
    applyDueReleases(this.context);
  }

  /** For long-running hosts (the app, the loopback server): make due releases effective every few minutes. */
  startTimers(intervalMs = 5 * 60 * 1000): void {
    clearInterval(this.releaseTimer);
    this.releaseTimer = setInterval(() => applyDueReleases(this.context), intervalMs);
    this.releaseTimer.unref();
  }

  static open(path: string, options: CoreOptions = {}): QuireCore {
    return new QuireCore(openVault(path), options);
  }

  close(): void {
    clearInterval(this.releaseTimer);
    if (this.context.witness) observeChainHead(this.vault.db, this.context.witness, this.context.now());
    closeVault(this.vault);
  }

  /** Runs one call and answers with a plain value: the result, or the error as code and sentence. */
  async dispatch(request: CallRequest): Promise<CallResponse> {
    try {
      if (request.method === 'session.login') {
        const input = validateInput('session.login', apiContract['session.login'].input, request.input);
        const user = await signIn(this.context, input.username, input.password);
        const token = this.sessions.start(user.id, Date.now());
        return { ok: true, result: { user: toUserSummary(this.vault.db, userRowById(this.vault.db, user.id)) }, token };
      }
      return { ok: true, result: await this.callAuthorised(request) };
    } catch (error) {
      return { ok: false, error: toQuireError(error).toJSON() };
    }
  }

  /** The typed form of dispatch for in-process hosts: resolves with the result or throws the QuireError. */
  async call<M extends Exclude<MethodName, 'session.login'>>(token: string | null, method: M, input: unknown): Promise<MethodResult<M>> {
    const response = await this.dispatch({ token, method, input });
    if (!response.ok) throw QuireError.fromJSON(response.error);
    return response.result as MethodResult<M>;
  }

  /** Signs in and returns the session token and user (for hosts that keep the token themselves). */
  async login(username: string, password: string): Promise<{ token: string; user: MethodResult<'session.login'>['user'] }> {
    const response = await this.dispatch({ token: null, method: 'session.login', input: { username, password } });
    if (!response.ok) throw QuireError.fromJSON(response.error);
    return { token: response.token!, user: (response.result as MethodResult<'session.login'>).user };
  }

  private async callAuthorised(request: CallRequest): Promise<unknown> {
    if (!isMethodName(request.method)) throw new QuireError('UNKNOWN_METHOD', `There is no operation called "${String(request.method).slice(0, 80)}".`);
    const method = request.method as Exclude<MethodName, 'session.login'>;
    const spec = apiContract[method];
    const ctx = this.callContext(request.token);
    if (spec.access !== 'password-change' && ctx.user.mustChangePassword) {
      throw new QuireError('PASSWORD_CHANGE_REQUIRED', 'Your password was set by an administrator: change it (quire passwd) before doing anything else.');
    }
    if (spec.access !== 'password-change' && spec.access !== 'signed-in' && spec.access !== 'public' && !rolesAllow(ctx.user.roles, spec.access)) {
      writeTransaction(ctx, () =>
        appendAuditEvent(this.vault.db, actorOf(ctx), { action: 'access.denied', entityType: 'method', entityId: method, newValue: { needs: spec.access, roles: ctx.user.roles } }, ctx.now()),
      );
      throw new QuireError('PERMISSION_DENIED', `${ctx.user.username} (${ctx.user.roles.join(', ')}) may not ${spec.summary.charAt(0).toLowerCase()}${spec.summary.slice(1).replace(/\.$/, '')}: it needs the ${spec.access} permission.`);
    }
    const input = validateInput(method, spec.input, request.input);
    const handler = handlers[method] as Handler<typeof method>;
    return handler(ctx, input as never, { end: () => request.token && this.sessions.end(request.token) });
  }

  /** The caller as the vault knows them now: a disabled or locked user's session ends at once. */
  private callContext(token: string | null): CallContext {
    if (!token) throw new QuireError('NOT_SIGNED_IN');
    const userId = this.sessions.touch(token, Date.now());
    if (userId === null) throw new QuireError('NOT_SIGNED_IN');
    if (userId === 'expired') throw new QuireError('SESSION_EXPIRED');
    const row = userRowById(this.vault.db, userId);
    if (row.disabled_at || row.locked_at) {
      this.sessions.end(token);
      throw new QuireError(row.disabled_at ? 'ACCOUNT_DISABLED' : 'ACCOUNT_LOCKED');
    }
    return { ...this.context, user: toSignedInUser(this.vault.db, row) };
  }
}
