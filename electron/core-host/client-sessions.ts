import type { SerializedQuireError } from '../../shared/errors';
import type { QuireCore } from '../core/quire-core';

export interface ClientCall {
  /** Which window (or other client) is calling; its session token stays here, never with the client. */
  clientId: string;
  method: string;
  input: unknown;
}

export type ClientResponse = { ok: true; result: unknown } | { ok: false; error: SerializedQuireError };

/**
 * Keeps one session token per client so that no token ever reaches the untrusted renderer:
 * sign-in stores it, sign-out and an ended session drop it.
 */
export class ClientSessions {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly core: QuireCore) {}

  async handle(call: ClientCall): Promise<ClientResponse> {
    const response = await this.core.dispatch({ token: this.tokens.get(call.clientId) ?? null, method: call.method, input: call.input });
    if (response.ok && response.token) this.tokens.set(call.clientId, response.token);
    if ((response.ok && call.method === 'session.logout') || (!response.ok && ['SESSION_EXPIRED', 'ACCOUNT_DISABLED', 'ACCOUNT_LOCKED'].includes(response.error.code))) {
      this.tokens.delete(call.clientId);
    }
    return response.ok ? { ok: true, result: response.result } : response;
  }

  /** A closed window's session ends with it. */
  forget(clientId: string): void {
    this.tokens.delete(clientId);
  }
}
