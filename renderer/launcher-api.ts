import type { LauncherInput, LauncherMethodName, LauncherResult, LauncherStatus } from '../shared/contract/launcher-methods';
import type { LauncherAnswer } from '../shared/quire-bridge';
import type { ErrorCode, SerializedQuireError } from '../shared/errors';
import { ApiError } from './api';

/** The sentence for the last failed open, from its code and parameters. */
export function launcherFailureSentence(failure: NonNullable<LauncherStatus['failure']>): string {
  return new ApiError({ code: failure.code as ErrorCode, params: failure.params } as SerializedQuireError).message;
}

/** True in the desktop app, where the window chooses its vault (in a browser the host serves one). */
export function hasLauncher(): boolean {
  return typeof window.quire?.['launcher.status'] === 'function';
}

/** Calls one welcome-screen method of the desktop app; rejects with an ApiError. */
export async function launcherCall<M extends LauncherMethodName>(method: M, input: LauncherInput<M>): Promise<LauncherResult<M>> {
  const fn = window.quire?.[method] as ((i: LauncherInput<M>) => Promise<LauncherAnswer<M>>) | undefined;
  if (!fn) throw new ApiError({ code: 'INTERNAL', params: { problem: 'in-window' } });
  const answer = await fn(input);
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.result;
}
