import { isMethodName } from '../../shared/contract';
import type { SerializedQuireError } from '../../shared/errors';
import type { StagingArea } from './staging-area';

/** Methods that write to a path of the caller's choosing: the browser gets downloads instead. */
const refusedFromBrowser: Record<string, string> = {
  'revisions.exportContent': 'Exporting to a file path is not available in the browser; use the download link instead.',
  'prints.print': 'Printing to a file path is not available in the browser; the print comes back as a download instead.',
  'revisions.compareReport': 'Saving a report to a file path is not available in the browser; it comes back as a download instead.',
  'vault.backup': 'Backups are not available in the browser; run "quire backup" on the vault machine.',
};

/**
 * Checks a browser's call before it reaches the core: a file the core should read must be one the
 * browser uploaded into the staging area, and methods that write to arbitrary paths are refused.
 * Returns the staged paths the call uses (discarded after it), or the refusal.
 */
export function checkBrowserInput(method: string, input: unknown, staging: StagingArea): { stagedPaths: string[] } | { refusal: SerializedQuireError } {
  if (!isMethodName(method)) return { refusal: { code: 'UNKNOWN_METHOD', message: `There is no operation called "${method.slice(0, 80)}".` } };
  const refused = Object.hasOwn(refusedFromBrowser, method) ? refusedFromBrowser[method] : undefined;
  if (refused) return { refusal: { code: 'PERMISSION_DENIED', message: refused } };
  const file = (input as { file?: unknown } | null)?.file;
  if (file === undefined) return { stagedPaths: [] };
  const filePath = (file as { path?: unknown } | null)?.path;
  if (typeof filePath !== 'string' || !staging.contains(filePath)) {
    return { refusal: { code: 'INVALID_INPUT', message: 'Choose the file again: only files uploaded through this page can be imported.' } };
  }
  return { stagedPaths: [filePath] };
}
