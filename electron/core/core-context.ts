import type { Actor } from './audit/append-audit-event';
import type { SignedInUser } from './users/user-records';
import type { Vault } from './vault/open-vault';
import type { ChainWitnessStore } from './witness/chain-witness-store';

/** What every core operation runs against: the open vault, the time, and this machine's name. */
export interface CoreContext {
  vault: Vault;
  now: () => Date;
  workstation: string;
  /** This workstation's record of the chain heads it has seen, outside the vault (hosts give it; tests may not). */
  witness?: ChainWitnessStore | undefined;
}

/** A call made by a signed-in user; the user comes from the core's own session table. */
export interface CallContext extends CoreContext {
  user: SignedInUser;
}

export function actorOf(ctx: CallContext): Actor {
  return { userId: ctx.user.id, username: ctx.user.username, workstation: ctx.workstation };
}

/**
 * Runs a write as one IMMEDIATE transaction (taking the write lock up front, so two
 * writers never deadlock half-way). The callback is synchronous: no await inside.
 */
export function writeTransaction<T>(ctx: CoreContext, write: () => T): T {
  return ctx.vault.db.transaction(write).immediate();
}
