import type { SerializedQuireError } from '../../shared/errors';
import type { ClientCall, ClientResponse } from './client-sessions';
import type { VaultRequest } from './open-vault-for';

/** What the main process sends the core host: which vault to serve, calls, and quit. */
export type HostMessage =
  | VaultRequest
  | { kind: 'call'; id: number; call: ClientCall }
  | { kind: 'forget'; clientId: string }
  | { kind: 'close' };

/** What the core host answers: the vault is ready or failed, a call's response, or closed on quit. */
export type HostReply =
  | { kind: 'ready'; vaultPath: string }
  | { kind: 'failed'; error: SerializedQuireError }
  | { kind: 'closed' }
  | { kind?: undefined; id: number; response: ClientResponse };
