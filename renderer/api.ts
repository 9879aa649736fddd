import type { MethodInput, MethodName, MethodResult } from '../shared/contract';
import type { ErrorCode, SerializedQuireError } from '../shared/errors';
import type { BridgeAnswer } from '../shared/quire-bridge';

/** A refusal from the core (or the host), carrying its stable code and the sentence to show. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(error: SerializedQuireError) {
    super(error.message);
    this.code = error.code;
  }
}

type SessionListener = (error: ApiError) => void;
const sessionListeners = new Set<SessionListener>();
const sessionEndingCodes = new Set<string>(['SESSION_EXPIRED', 'NOT_SIGNED_IN', 'ACCOUNT_DISABLED', 'ACCOUNT_LOCKED']);

/** Called whenever a call finds the session gone (idle sign-out, account disabled or locked). */
export function onSessionEnded(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

async function overHttp<M extends MethodName>(method: M, input: MethodInput<M>): Promise<BridgeAnswer<M>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Quire': '1' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Quire cannot be reached. Check that it is still running, then try again.' } };
  }
  try {
    return (await response.json()) as BridgeAnswer<M>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Quire answered with HTTP ${response.status} and no readable message.` } };
  }
}

/** Calls one contract method; resolves with its typed result or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const bridge = window.quire;
  const answer = bridge ? await (bridge[method] as (i: MethodInput<M>) => Promise<BridgeAnswer<M>>)(input) : await overHttp(method, input);
  if (answer.ok) return answer.result;
  const error = new ApiError(answer.error);
  if (sessionEndingCodes.has(error.code) && method !== 'session.login' && method !== 'session.current') {
    for (const listener of sessionListeners) listener(error);
  }
  throw error;
}

/** Makes a browser File readable by the core: its own path in Electron, a staged upload over HTTP. */
export async function stageFile(file: File): Promise<{ path: string }> {
  const bridge = window.quire;
  if (bridge?.pathForFile) return { path: bridge.pathForFile(file) };
  const response = await fetch('api/upload', {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-Quire': '1', 'X-File-Name': encodeURIComponent(file.name) },
    body: file,
    credentials: 'same-origin',
  });
  const answer = (await response.json()) as { ok: true; result: { path: string } } | { ok: false; error: SerializedQuireError };
  if (!answer.ok) throw new ApiError(answer.error);
  return { path: answer.result.path };
}

/** Where a revision's content can be downloaded, or null in the desktop app (which saves through a dialog). */
export function contentDownloadUrl(number: string, label: string): string | null {
  return window.quire ? null : `api/content/${encodeURIComponent(number)}/${encodeURIComponent(label)}`;
}

/** The sentence to show for anything a call threw. */
export function errorSentence(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong in this window. Reload it; nothing was changed.';
}
