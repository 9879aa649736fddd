import { isMethodName, readFilePaths } from '../../shared/contract';
import type { SerializedQuireError } from '../../shared/errors';
import { hostRefusal } from './host-refusal';
import type { StagingArea } from './staging-area';

/** Methods that write to a path of the caller's choosing: the browser gets downloads instead. */
const refusedFromBrowser: Record<string, 'export' | 'print' | 'compare-report' | 'master-list' | 'backup' | 'view'> = {
  'revisions.exportContent': 'export',
  // Its answer is PDF bytes, which JSON would mangle: the browser fetches them from api/view/<number>/<label>.
  'revisions.viewPdf': 'view',
  'prints.print': 'print',
  'revisions.compareReport': 'compare-report',
  'documents.exportMasterList': 'master-list',
  'vault.backup': 'backup',
  'audit.export': 'export',
  'changeRecords.exportPdf': 'export',
  // The browser starts a pack through api/audit-pack/start (written into staging) and downloads it when done.
  'auditPack.start': 'export',
};

/** Methods that write a file only when one of their fields names a path: refused from a browser when it does. */
const pathFieldsRefusedFromBrowser: Record<string, string> = { 'gapAnalysis.run': 'pdf' };

/**
 * Checks a browser's call before it reaches the core: a file the core should read must be one the
 * browser uploaded into the staging area, and methods that write to arbitrary paths are refused.
 * Returns the staged paths the call uses (discarded after it), or the refusal.
 */
export function checkBrowserInput(method: string, input: unknown, staging: StagingArea): { stagedPaths: string[] } | { refusal: SerializedQuireError } {
  if (!isMethodName(method)) return { refusal: hostRefusal('UNKNOWN_METHOD', {}, { method: method.slice(0, 80) }) };
  const refused = Object.hasOwn(refusedFromBrowser, method) ? refusedFromBrowser[method] : undefined;
  if (refused) return { refusal: hostRefusal('PERMISSION_DENIED', { reason: 'not-in-browser', act: refused }) };
  const pathField = Object.hasOwn(pathFieldsRefusedFromBrowser, method) ? pathFieldsRefusedFromBrowser[method]! : undefined;
  if (pathField && typeof input === 'object' && input !== null && pathField in input) return { refusal: hostRefusal('INVALID_INPUT', { problem: 'browser-destination' }) };
  // Every file the core would read (the source, the author's PDF) must be an upload of this browser.
  const stagedPaths: string[] = [];
  for (const filePath of readFilePaths(input)) {
    if (typeof filePath !== 'string' || !staging.contains(filePath)) return { refusal: hostRefusal('INVALID_INPUT', { problem: 'upload-again' }) };
    stagedPaths.push(filePath);
  }
  return { stagedPaths };
}
