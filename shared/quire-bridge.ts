import type { MethodInput, MethodName, MethodResult } from './contract';
import type { SerializedQuireError } from './errors';

/** What one bridge call answers: the same plain shape over IPC and over HTTP. */
export type BridgeAnswer<M extends MethodName> = { ok: true; result: MethodResult<M> } | { ok: false; error: SerializedQuireError };

/**
 * The `window.quire` object the Electron preload exposes: one function per contract method, nothing
 * else (no generic send). The session token stays in the main process; the renderer never sees it.
 */
export type QuireBridge = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<BridgeAnswer<M>> } & {
  /** The local path of a file the user picked or dropped (Electron's webUtils.getPathForFile). */
  readonly pathForFile?: (file: File) => string;
  /** A place to save a file, chosen by the user in the app's Save dialog (null if cancelled). */
  readonly chooseDestination?: (suggestedName: string) => Promise<string | null>;
};

declare global {
  interface Window {
    quire?: QuireBridge;
  }
}
