import type { MethodInput, MethodName, MethodResult } from './contract';
import type { LauncherInput, LauncherMethodName, LauncherResult } from './contract/launcher-methods';
import type { SerializedQuireError } from './errors';

/** What one bridge call answers: the same plain shape over IPC and over HTTP. */
export type BridgeAnswer<M extends MethodName> = { ok: true; result: MethodResult<M> } | { ok: false; error: SerializedQuireError };
export type LauncherAnswer<M extends LauncherMethodName> = { ok: true; result: LauncherResult<M> } | { ok: false; error: SerializedQuireError };

/** The bridge's only members that are not contract methods (the preload's file helpers). */
export const bridgeHelperNames = ['pathForFile', 'chooseDestination', 'chooseFolder'] as const;

/**
 * The `window.quire` object the Electron preload exposes: one function per contract method and per
 * welcome-screen (launcher) method, plus the file helpers — nothing else (no generic send). The
 * session token stays in the core host; the renderer never sees it.
 */
export type QuireBridge = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<BridgeAnswer<M>> } & {
  readonly [M in LauncherMethodName]?: (input: LauncherInput<M>) => Promise<LauncherAnswer<M>>;
} & {
  /** The local path of a file the user picked or dropped (Electron's webUtils.getPathForFile). */
  readonly pathForFile?: (file: File) => string;
  /** A place to save a file, chosen by the user in the app's Save dialog (null if cancelled). */
  readonly chooseDestination?: (suggestedName: string) => Promise<string | null>;
  /** A folder chosen by the user in the app's Open dialog (null if cancelled): the import wizard's folder. */
  readonly chooseFolder?: () => Promise<string | null>;
};

declare global {
  interface Window {
    quire?: QuireBridge;
  }
}
