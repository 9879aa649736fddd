import os from 'node:os';
import { apiContract, isMethodName, type MethodInput, type MethodName, type MethodResult } from '../../shared/contract';
import { QuireError, type SerializedQuireError } from '../../shared/errors';
import { rolesAllow } from '../../shared/roles';
import { handlers } from './api/handlers';
import type { Handler } from './api/handler-table';
import { contractCheckLog, recordContractViolation, selfCheckAnswer } from './api/contract-self-check';
import { SessionTable } from './api/session-table';
import { toQuireError } from './api/to-quire-error';
import { validateInput } from './api/validate-input';
import { actorOf, writeTransaction, type CallContext, type CoreContext } from './core-context';
import { appendAuditEvent } from './audit/append-audit-event';
import { signIn } from './users/sign-in';
import { signInReadOnly } from './users/sign-in-read-only';
import { toSignedInUser, toUserSummary, userRowById } from './users/user-records';
import { closeVault, openVault, openVaultReadOnly, type Vault } from './vault/open-vault';
import { applyDueReleases } from './workflow/release-revision';
import { settleCrashLeftovers } from './files/settle-crash-leftovers';
import type { ChainWitnessWarning, MasterListRow, RegisterEntry, RegisterFilter } from '../../shared/contract';
import { iterateMasterList } from './documents/master-list-rows';
import { iterateRegisterRows, registerColumnWidths, toRegisterEntry, type RegisterColumnWidths } from './documents/register-query';
import { worksOnDocuments } from './documents/revision-access';
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

type CalledMethod = Exclude<MethodName, 'session.login'>;

/**
 * The one door into a vault. Every call names a method of the contract; the core validates its
 * input, identifies the caller from its own session table (never from the caller's word),
 * checks the permission, and runs the handler. Hosted by the Electron app, the CLI and the
 * loopback server alike. Constructing a core writes nothing: a host that opens the vault for
 * work asks for due releases itself (applyDueReleases, startTimers).
 */
export class QuireCore {
  readonly context: CoreContext;
  /** Opened over a read-only connection: every command is refused before it runs. */
  readonly readOnly: boolean;
  private readonly sessions: SessionTable;
  private releaseTimer: NodeJS.Timeout | undefined;
  private crashLeftoversSettled = false;
  // For the contract self-check: a query's writes are attributable to it only when no other call overlapped.
  private callsStarted = 0;
  private callsInFlight = 0;
  /** What the workstation's witness said when the vault opened: hosts show it (the CLI on stderr). */
  readonly witnessWarning: ChainWitnessWarning | null;

  constructor(readonly vault: Vault, options: CoreOptions = {}) {
    this.context = { vault, now: options.now ?? (() => new Date()), workstation: options.workstation ?? os.hostname(), witness: options.witness };
    this.sessions = new SessionTable(options.sessionIdleMs ?? 15 * 60 * 1000);
    // Checked before anything is written, so a cut trail is named before new events hide where it was cut.
    this.witnessWarning = options.witness ? observeChainHead(vault.db, options.witness, this.context.now()) : null;
    this.readOnly = vault.db.readonly || vault.db.pragma('query_only', { simple: true }) === 1;
  }

  static open(path: string, options: CoreOptions = {}): QuireCore {
    return new QuireCore(openVault(path), options);
  }

  /** A core for looking only (verify, inspection): queries answer, commands are refused with VAULT_OPENED_READ_ONLY. */
  static openReadOnly(path: string, options: CoreOptions = {}): QuireCore {
    return new QuireCore(openVaultReadOnly(path), options);
  }

  /**
   * Makes effective every release whose date has come; a host calls this when it opens the vault for
   * work. The first call also settles what a killed print or backup left beside its destination.
   */
  applyDueReleases(): string[] {
    if (this.readOnly) throw new QuireError('VAULT_OPENED_READ_ONLY');
    this.callsStarted++;
    if (!this.crashLeftoversSettled) {
      this.crashLeftoversSettled = true;
      settleCrashLeftovers(this.vault.db);
    }
    return applyDueReleases(this.context);
  }

  /** For long-running hosts (the app, the loopback server): make due releases effective every few minutes. */
  startTimers(intervalMs = 5 * 60 * 1000): void {
    clearInterval(this.releaseTimer);
    this.releaseTimer = setInterval(() => this.applyDueReleases(), intervalMs);
    this.releaseTimer.unref();
  }

  close(): void {
    clearInterval(this.releaseTimer);
    if (this.context.witness) observeChainHead(this.vault.db, this.context.witness, this.context.now());
    closeVault(this.vault);
  }

  /** Runs one call and answers with a plain value: the result, or the error as code and sentence. */
  async dispatch(request: CallRequest): Promise<CallResponse> {
    this.callsStarted++;
    this.callsInFlight++;
    let response: CallResponse;
    try {
      response = await this.answer(request);
    } finally {
      this.callsInFlight--;
    }
    selfCheckAnswer(request.method, response);
    return response;
  }

  /** The typed form of dispatch for in-process hosts: resolves with the result or throws the QuireError. */
  async call<M extends CalledMethod>(token: string | null, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
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

  private async answer(request: CallRequest): Promise<CallResponse> {
    try {
      if (request.method === 'session.login') {
        const input = validateInput('session.login', apiContract['session.login'].input, request.input);
        const user = await (this.readOnly ? signInReadOnly : signIn)(this.context, input.username, input.password);
        const token = this.sessions.start(user.id, Date.now());
        return { ok: true, result: { user: toUserSummary(this.vault.db, userRowById(this.vault.db, user.id)) }, token };
      }
      return { ok: true, result: await this.callAuthorised(request) };
    } catch (error) {
      return { ok: false, error: toQuireError(error).toJSON() };
    }
  }

  private async callAuthorised(request: CallRequest): Promise<unknown> {
    if (!isMethodName(request.method)) throw new QuireError('UNKNOWN_METHOD', {}, { method: String(request.method).slice(0, 80) });
    const method = request.method as CalledMethod;
    const spec = apiContract[method];
    const ctx = this.authorise(method, request.token);
    const input = validateInput(method, spec.input, request.input);
    const handler = handlers[method] as Handler<typeof method>;
    const run = () => handler(ctx, input as never, { end: () => request.token && this.sessions.end(request.token) });
    return spec.kind === 'query' ? this.runQuery(method, run) : run();
  }

  /** The caller's context once the vault, the session and the method's permission allow the call (a refusal is audited). */
  private authorise(method: CalledMethod, token: string | null): CallContext {
    const spec = apiContract[method];
    if (this.readOnly && spec.kind === 'command') {
      throw new QuireError('VAULT_OPENED_READ_ONLY');
    }
    const ctx = this.callContext(token);
    if (spec.access !== 'password-change' && ctx.user.mustChangePassword) {
      throw new QuireError('PASSWORD_CHANGE_REQUIRED');
    }
    if (spec.access !== 'password-change' && spec.access !== 'signed-in' && spec.access !== 'public' && !rolesAllow(ctx.user.roles, spec.access)) {
      // A read-only core cannot record the refusal; it still refuses.
      if (!this.readOnly) {
        writeTransaction(ctx, () =>
          appendAuditEvent(this.vault.db, actorOf(ctx), { action: 'access.denied', entityType: 'method', entityId: method, newValue: { needs: spec.access, roles: ctx.user.roles } }, ctx.now()),
        );
      }
      throw new QuireError('PERMISSION_DENIED', { reason: 'permission', username: ctx.user.username, roles: ctx.user.roles, permission: spec.access });
    }
    return ctx;
  }

  /**
   * For hosts that print a table as they read (the CLI): how many documents `streamRegister` would give
   * and the widest text of each printed column, from one aggregate query. Checked like `documents.list`.
   */
  registerColumnWidths(token: string | null, filter: RegisterFilter): RegisterColumnWidths {
    this.callsStarted++;
    const ctx = this.authorise('documents.list', token);
    const { offset: _offset, limit: _limit, ...input } = validateInput('documents.list', apiContract['documents.list'].input, filter);
    return registerColumnWidths(this.vault.db, input, worksOnDocuments(ctx.user));
  }

  /**
   * For hosts that print as they read (the CLI): the register (`register`) or the master document list
   * (`master`) as `documents.list` would answer it, but every row, one at a time from SQLite's
   * `.iterate()`, so memory stays flat at any size. Checked like a call to `documents.list`.
   */
  streamRegister(token: string | null, kind: 'register', filter: RegisterFilter): Iterable<RegisterEntry>;
  streamRegister(token: string | null, kind: 'master', filter: RegisterFilter): Iterable<MasterListRow>;
  streamRegister(token: string | null, kind: 'register' | 'master', filter: RegisterFilter): Iterable<RegisterEntry | MasterListRow> {
    this.callsStarted++;
    const ctx = this.authorise('documents.list', token);
    const { offset: _offset, limit: _limit, ...input } = validateInput('documents.list', apiContract['documents.list'].input, filter);
    const seesAll = worksOnDocuments(ctx.user);
    if (kind === 'master') return iterateMasterList(this.vault.db, input, seesAll);
    const rows = iterateRegisterRows(this.vault.db, input, seesAll);
    return (function* () {
      for (const row of rows) yield toRegisterEntry(row);
    })();
  }

  /**
   * Runs a query's handler; under the contract self-check, a query that answered and changed the vault
   * is recorded. A refused query may record its refusal (access.denied), as the dispatcher itself does.
   */
  private async runQuery(method: CalledMethod, run: () => unknown): Promise<unknown> {
    const log = contractCheckLog();
    if (!log) return run();
    const changes = () => this.vault.db.prepare('SELECT total_changes()').pluck().get() as number;
    const [before, started, alone] = [changes(), this.callsStarted, this.callsInFlight === 1];
    const result = await run();
    if (alone && started === this.callsStarted && changes() !== before) recordContractViolation(log, method, `${method} is declared a query, yet it changed the vault.`);
    return result;
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
