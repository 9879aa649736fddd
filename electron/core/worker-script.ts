import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * Where a worker thread's entry file is and how to start it: beside the calling module, as TypeScript
 * (with tsx's loader) under tsx or vitest, as JavaScript once built (the build bundles each worker
 * entry next to the bundle that starts it). `callerUrl` is the caller's import.meta.url.
 */
export function workerScript(callerUrl: string, baseName: string): { url: URL; execArgv: string[] } {
  const fromTypeScript = /\.[cm]?ts$/u.test(new URL(callerUrl).pathname);
  return {
    url: new URL(`./${baseName}.${fromTypeScript ? 'ts' : 'js'}`, callerUrl),
    // tsx's loader by absolute URL, so the worker finds it whatever the current directory.
    execArgv: fromTypeScript ? ['--import', pathToFileURL(createRequire(callerUrl).resolve('tsx')).href] : [],
  };
}
