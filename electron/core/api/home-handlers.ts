import { rolesAllow } from '../../../shared/roles';
import { vaultState } from '../home/vault-state';
import { localDate } from '../workflow/calendar-dates';
import { inboxOf } from '../workflow/inbox';
import type { HandlerTable } from './handler-table';

export const homeHandlers: HandlerTable<'home.summary'> = {
  // A controller keeps the register, so the vault's state is theirs to see; everyone sees their own tasks.
  'home.summary': (ctx) => ({ tasks: inboxOf(ctx), vault: rolesAllow(ctx.user.roles, 'documents.edit') ? vaultState(ctx.vault.db, localDate(ctx.now())) : null }),
};
