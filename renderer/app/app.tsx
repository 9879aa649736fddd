import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UserSummary } from '../../shared/contract';
import { call, onSessionEnded, type ApiError } from '../api';
import { ChangePasswordScreen } from '../features/sign-in/change-password-screen';
import { SignInScreen } from '../features/sign-in/sign-in-screen';
import { AppShell } from './app-shell';
import { SessionContext, sessionFor } from './session-context';

type State = { kind: 'starting' } | { kind: 'signed-out'; notice: string | null } | { kind: 'signed-in'; user: UserSummary };

/** Who is signed in decides the screen: sign-in, the forced password change, or the application. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'starting' });
  const [inboxGeneration, setInboxGeneration] = useState(0);

  useEffect(() => {
    call('session.current', {}).then(
      ({ user }) => setState({ kind: 'signed-in', user }),
      () => setState({ kind: 'signed-out', notice: null }),
    );
    return onSessionEnded((error: ApiError) => setState({ kind: 'signed-out', notice: error.message }));
  }, []);

  const refreshInbox = useCallback(() => setInboxGeneration((g) => g + 1), []);
  const signedInUser = state.kind === 'signed-in' ? state.user : null;
  const session = useMemo(() => (signedInUser ? sessionFor(signedInUser, refreshInbox) : null), [signedInUser, refreshInbox]);

  const signOut = async () => {
    try {
      await call('session.logout', {});
    } finally {
      setState({ kind: 'signed-out', notice: null });
    }
  };

  if (state.kind === 'starting') return <div className="splash">Quire</div>;
  if (state.kind === 'signed-out') return <SignInScreen notice={state.notice} onSignedIn={(user) => setState({ kind: 'signed-in', user })} />;
  if (state.user.mustChangePassword) {
    return <ChangePasswordScreen user={state.user} onChanged={(user) => setState({ kind: 'signed-in', user })} onSignOut={signOut} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <AppShell onSignOut={signOut} inboxGeneration={inboxGeneration} />
    </SessionContext.Provider>
  );
}
