import type { MethodInput, MethodName, MethodResult, RegisterFilter } from '../shared/contract';
import { isSessionEnding, type ErrorCode, type ErrorParams, type SerializedQuireError } from '../shared/errors';
import { errorMessage } from '../shared/messages';
import type { BridgeAnswer } from '../shared/quire-bridge';

/**
 * A refusal from the core (or the host), carrying its stable code and parameters; the sentence shown
 * is the catalogue's for them, never a sentence the host wrote.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams<ErrorCode>;
  constructor(error: SerializedQuireError) {
    const params = (error.params ?? {}) as ErrorParams<ErrorCode>;
    super(errorMessage({ code: error.code, params }));
    this.code = error.code;
    this.params = params;
  }
}

/** A refusal this window makes itself (the host is unreachable, or answered nonsense). */
function windowError(params: ErrorParams<'INTERNAL'>): ApiError {
  return new ApiError({ code: 'INTERNAL', params });
}

type SessionListener = (error: ApiError) => void;
const sessionListeners = new Set<SessionListener>();

const coreStoppedListeners = new Set<SessionListener>();

/** Called when a call finds the desktop app's core host stopped (the window offers to restart it). */
export function onCoreStopped(listener: SessionListener): () => void {
  coreStoppedListeners.add(listener);
  return () => coreStoppedListeners.delete(listener);
}

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
    return { ok: false, error: { code: 'INTERNAL', params: { problem: 'unreachable' } } };
  }
  try {
    return (await response.json()) as BridgeAnswer<M>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', params: { problem: 'unreadable-answer', status: response.status } } };
  }
}

/** Calls one contract method; resolves with its typed result or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const bridge = window.quire;
  const answer = bridge ? await (bridge[method] as (i: MethodInput<M>) => Promise<BridgeAnswer<M>>)(input) : await overHttp(method, input);
  if (answer.ok) return answer.result;
  const error = new ApiError(answer.error);
  if (isSessionEnding(error.code) && method !== 'session.login' && method !== 'session.current') {
    for (const listener of sessionListeners) listener(error);
  }
  if (error.code === 'CORE_HOST_STOPPED') for (const listener of coreStoppedListeners) listener(error);
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
  return errorMessage({ code: 'INTERNAL', params: { problem: 'in-window' } });
}

/** What a print answered, without the path it was written to. */
export type PrintOutcome = Omit<MethodResult<'prints.print'>, 'path'>;
export type PrintRequest = Omit<MethodInput<'prints.print'>, 'destination'>;
type CompareRequest = Omit<MethodInput<'revisions.compareReport'>, 'destination'>;

/** The file name a download answer suggests (RFC 5987 `filename*` first). */
function downloadName(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      /* fall through */
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches a file the host made for us; a JSON answer is a refusal. Hands the bytes to the browser as a download. */
async function downloadFromHost(url: string, init: RequestInit, fallbackName: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw windowError({ problem: 'unreachable' });
  }
  if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    const answer = (await response.json()) as { ok: false; error: SerializedQuireError };
    const error = new ApiError(answer.error);
    if (isSessionEnding(error.code)) for (const listener of sessionListeners) listener(error);
    throw error;
  }
  if (!response.ok) throw windowError({ problem: 'unreadable-answer', status: response.status });
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = downloadName(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return response;
}

/** A save location in the desktop app (its Save dialog); null when the user cancelled. */
async function chooseDestination(suggestedName: string): Promise<string | null> {
  const choose = window.quire?.chooseDestination;
  if (!choose) throw windowError({ problem: 'no-save-dialog' });
  return choose(suggestedName);
}

/** The desktop app's folder dialog, when there is one (a browser has none: the path is typed). */
export function folderDialog(): (() => Promise<string | null>) | null {
  return window.quire?.chooseFolder ?? null;
}

/**
 * Prints a revision to PDF: in the desktop app into a file the user chooses, in a browser as a download
 * (the host prints into its own staging folder). Resolves null when the user cancelled the Save dialog.
 */
export async function printToPdf(input: PrintRequest, suggestedName: string): Promise<PrintOutcome | null> {
  if (window.quire) {
    const destination = await chooseDestination(suggestedName);
    if (!destination) return null;
    const { path: _saved, ...outcome } = await call('prints.print', { ...input, destination });
    return outcome;
  }
  const response = await downloadFromHost('api/print', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Quire': '1' }, body: JSON.stringify(input) }, suggestedName);
  return JSON.parse(decodeURIComponent(response.headers.get('X-Quire-Print') ?? '')) as PrintOutcome;
}

/** Saves the comparison report PDF (Save dialog in the desktop app, a download in a browser); false if cancelled. */
export async function saveComparisonReport(input: CompareRequest): Promise<boolean> {
  const suggestedName = `${input.number} compare ${input.from} to ${input.to}.pdf`;
  if (window.quire) {
    const destination = await chooseDestination(suggestedName);
    if (!destination) return false;
    await call('revisions.compareReport', { ...input, destination });
    return true;
  }
  const query = new URLSearchParams();
  if (input.ignoreWhitespace) query.set('ignoreWhitespace', '1');
  if (input.ignoreLineWrap) query.set('ignoreLineWrap', '1');
  if (input.ignoreHeadersFooters) query.set('ignoreHeadersFooters', '1');
  const url = `api/compare-report/${[input.number, input.from, input.to].map(encodeURIComponent).join('/')}${query.size ? `?${query}` : ''}`;
  await downloadFromHost(url, { method: 'GET', headers: { 'X-Quire': '1' } }, suggestedName);
  return true;
}

/** The methods that write a file the user saves: the audit trail export, a backup and a document's change record. */
type SavedFileMethod = 'audit.export' | 'vault.backup' | 'changeRecords.exportPdf';

/**
 * Has the core write a file and lets the user keep it: in the desktop app through the Save dialog, in a
 * browser as a download (the host writes into its staging folder). Resolves with the core's answer
 * (without the path in a browser), or null when the user cancelled the Save dialog.
 */
export async function saveFileFromCore<M extends SavedFileMethod>(method: M, input: Omit<MethodInput<M>, 'destination'>, suggestedName: string): Promise<Omit<MethodResult<M>, 'path'> | null> {
  if (window.quire) {
    const destination = await chooseDestination(suggestedName);
    if (!destination) return null;
    return call(method, { ...input, destination } as MethodInput<M>);
  }
  const response = await downloadFromHost(`api/file/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Quire': '1' }, body: JSON.stringify(input) }, suggestedName);
  return JSON.parse(decodeURIComponent(response.headers.get('X-Quire-Result') ?? '')) as Omit<MethodResult<M>, 'path'>;
}

/**
 * Saves the master document list (the register as filtered) as CSV or as a stamped PDF: a Save dialog in
 * the desktop app, a download in a browser. False if the user cancelled.
 */
export async function saveMasterList(filter: RegisterFilter, format: 'csv' | 'pdf'): Promise<boolean> {
  const suggestedName = `Master document list ${new Date().toISOString().slice(0, 10)}.${format}`;
  if (window.quire) {
    const destination = await chooseDestination(suggestedName);
    if (!destination) return false;
    await call('documents.exportMasterList', { ...filter, format, destination });
    return true;
  }
  const query = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(filter)) if (value !== undefined && value !== '') query.set(name, String(value));
  await downloadFromHost(`api/master-list?${query}`, { method: 'GET', headers: { 'X-Quire': '1' } }, suggestedName);
  return true;
}

/** What "Prepare for audit" asks for, without the file: the desktop app asks where to save it, a browser downloads it. */
export type AuditPackRequest = Omit<MethodInput<'auditPack.start'>, 'destination'>;

/**
 * Starts writing the evidence pack: in the desktop app into a file the user chooses (Save dialog), in a
 * browser into the host's staging folder, downloaded with `downloadAuditPack` once finished. Null if cancelled.
 */
export async function startAuditPack(input: AuditPackRequest, suggestedName: string): Promise<{ jobId: string; download: boolean } | null> {
  if (window.quire) {
    const destination = await chooseDestination(suggestedName);
    if (!destination) return null;
    return { ...(await call('auditPack.start', { ...input, destination })), download: false };
  }
  const answer = await overHttpPath<{ jobId: string }>('api/audit-pack/start', input);
  return { ...answer, download: true };
}

/** Downloads a finished pack the host wrote for this browser. */
export async function downloadAuditPack(jobId: string, suggestedName: string): Promise<void> {
  await downloadFromHost(`api/audit-pack/${encodeURIComponent(jobId)}`, { method: 'GET', headers: { 'X-Quire': '1' } }, suggestedName);
}

async function overHttpPath<R>(url: string, input: unknown): Promise<R> {
  let answer: { ok: true; result: R } | { ok: false; error: SerializedQuireError };
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Quire': '1' }, body: JSON.stringify(input), credentials: 'same-origin' });
    answer = (await response.json()) as typeof answer;
  } catch {
    throw windowError({ problem: 'unreachable' });
  }
  if (answer.ok) return answer.result;
  const error = new ApiError(answer.error);
  if (isSessionEnding(error.code)) for (const listener of sessionListeners) listener(error);
  throw error;
}
