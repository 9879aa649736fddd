import { createContext, useContext } from 'react';
import type { UserSummary } from '../../shared/contract';
import { rolesAllow, type Permission } from '../../shared/roles';

export interface Session {
  user: UserSummary;
  /** Whether the user's roles grant a permission — only to hide buttons; the core decides. */
  can: (permission: Permission) => boolean;
  /** Tells the shell that something changed the inbox (after signing, for instance). */
  refreshInbox: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function sessionFor(user: UserSummary, refreshInbox: () => void): Session {
  return { user, can: (p) => rolesAllow(user.roles, p), refreshInbox };
}
