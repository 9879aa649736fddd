import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { QuireCore } from '../core/quire-core';
import { isSessionEnding, type SerializedQuireError } from '../../shared/errors';
import { forBrowser, hostRefusal } from './host-refusal';
import { checkBrowserInput } from './browser-input-policy';
import { BodyNotJson, BodyTooLarge, readJsonBody } from './read-json-body';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from './session-cookie';
import { crossOriginRefusal } from './same-origin-guard';
import { serveStaticFile } from './serve-static-file';
import { defaultUploadLimits, SessionUploads, type UploadLimits } from './session-uploads';
import { StagedFileTooLarge, StagingArea } from './staging-area';

export interface LoopbackServerOptions {
  core: QuireCore;
  /** The built renderer (vite build output). */
  staticDir: string;
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /** Only 127.0.0.1 is accepted: the server is for this machine alone. */
  host?: string;
  maxJsonBytes?: number;
  maxUploadBytes?: number;
  /** Per session: unused uploads kept at most (count and total bytes). */
  uploadLimits?: UploadLimits;
}

export interface LoopbackServer {
  url: string;
  port: number;
  staging: StagingArea;
  close(): Promise<void>;
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** The methods a browser may call through api/file/<method>: what the downloaded file is called and its type. */
const stagedFileMethods: Record<string, { fileName: (input: Record<string, unknown>) => string; contentType: (fileName: string) => string }> = {
  'audit.export': {
    fileName: (input) => `audit-trail${typeof input.document === 'string' ? `-${input.document.replace(/[^A-Za-z0-9.-]/g, '_')}` : ''}.${input.format === 'pdf' ? 'pdf' : 'csv'}`,
    contentType: (fileName) => (fileName.endsWith('.pdf') ? 'application/pdf' : 'text/csv; charset=utf-8'),
  },
  'vault.backup': {
    fileName: () => `vault-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.quire`,
    contentType: () => 'application/octet-stream',
  },
  'changeRecords.exportPdf': {
    fileName: (input) => `${typeof input.number === 'string' ? input.number.replace(/[^A-Za-z0-9.-]/g, '_') : 'document'} change record.pdf`,
    contentType: () => 'application/pdf',
  },
};

/** A download refused: 403 when the caller may not have it, 404 when it is not there. */
function refusalStatus(code: string): number {
  return code === 'NOT_SIGNED_IN' || code === 'PERMISSION_DENIED' || code === 'REVISION_NOT_VISIBLE' ? 403 : 404;
}

/**
 * Serves the built renderer and the API contract over HTTP on 127.0.0.1 only, so the real UI runs in a
 * browser. The session token stays in an HttpOnly cookie; every API call must prove it comes from our
 * own page; files reach the core only through the staging area.
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`The loopback server listens on 127.0.0.1 only, not ${host}.`);
  const { core } = options;
  const maxJsonBytes = options.maxJsonBytes ?? 256 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? 512 * 1024 * 1024;
  const staging = new StagingArea();
  const uploads = new SessionUploads(staging, options.uploadLimits ?? defaultUploadLimits);
  let port = 0;

  const sendJson = (response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) => {
    response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extraHeaders });
    response.end(JSON.stringify(body));
  };
  const refuse = (response: ServerResponse, status: number, error: SerializedQuireError) => sendJson(response, status, { ok: false, error: forBrowser(error) });

  /** The JSON body of a request, or undefined once the request has been refused (wrong type, too large, not JSON). */
  async function jsonInput(request: IncomingMessage, response: ServerResponse): Promise<{ input: unknown } | undefined> {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(response, 415, hostRefusal('INVALID_INPUT', { problem: 'json-content-type' }));
      return undefined;
    }
    try {
      return { input: await readJsonBody(request, maxJsonBytes) };
    } catch (error) {
      if (error instanceof BodyTooLarge) refuse(response, 413, hostRefusal('INVALID_INPUT', { problem: 'body-too-large' }));
      else if (error instanceof BodyNotJson) refuse(response, 400, hostRefusal('INVALID_INPUT', { problem: 'not-json' }));
      else throw error;
      return undefined;
    }
  }

  async function handleApiCall(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await jsonInput(request, response);
    if (!body) return;
    const input = body.input;
    const checked = checkBrowserInput(method, input, staging);
    if ('refusal' in checked) return refuse(response, 400, checked.refusal);
    const token = readSessionCookie(request, port);
    try {
      const outcome = await core.dispatch({ token, method, input });
      if (outcome.ok) {
        if (method === 'session.login' && outcome.token) return sendJson(response, 200, { ok: true, result: outcome.result }, { 'Set-Cookie': sessionCookie(port, outcome.token) });
        if (method === 'session.logout') {
          if (token) uploads.endSession(token);
          return sendJson(response, 200, { ok: true, result: outcome.result }, { 'Set-Cookie': clearedSessionCookie(port) });
        }
        return sendJson(response, 200, { ok: true, result: outcome.result });
      }
      const gone = token && isSessionEnding(outcome.error.code) && method !== 'session.login';
      if (gone) uploads.endSession(token);
      const clear = gone ? { 'Set-Cookie': clearedSessionCookie(port) } : undefined;
      return sendJson(response, 200, { ok: false, error: forBrowser(outcome.error) }, clear);
    } finally {
      for (const staged of checked.stagedPaths) {
        staging.discard(staged);
        uploads.release(staged);
      }
    }
  }

  async function handleUpload(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const current = await core.dispatch({ token, method: 'vault.settings', input: {} });
    if (!current.ok) return refuse(response, 200, current.error);
    const room = uploads.room(token!);
    if (room === null) return refuse(response, 429, { code: 'UPLOAD_LIMIT_REACHED', message: `This session already holds ${uploads.limits.files} uploaded files it has not used. Import or discard them (sign out to clear them), then upload again.` });
    const limit = Math.min(maxUploadBytes, (current.result as { maxContentBytes: number }).maxContentBytes, room);
    let fileName: string;
    try {
      fileName = decodeURIComponent(String(request.headers['x-file-name'] ?? ''));
    } catch {
      fileName = '';
    }
    if (!fileName || fileName.length > 255 || /[/\\\u0000-\u001F\u007F]/.test(fileName) || fileName === '.' || fileName === '..') {
      return refuse(response, 400, hostRefusal('FILE_NAME_INVALID', { name: '', problem: 'empty' }));
    }
    if (Number(request.headers['content-length'] ?? 0) > limit) return refuse(response, 413, hostRefusal('CONTENT_TOO_LARGE', { limitBytes: limit }));
    try {
      const stagedPath = await staging.stage(fileName, request, limit);
      uploads.add(token!, stagedPath, statSync(stagedPath).size);
      return sendJson(response, 200, { ok: true, result: { path: stagedPath, name: fileName } });
    } catch (error) {
      if (error instanceof StagedFileTooLarge) return refuse(response, 413, hostRefusal('CONTENT_TOO_LARGE', { limitBytes: limit }));
      throw error;
    }
  }

  /** Sends a file the core wrote into the staging area as a download, then removes it from staging. */
  function sendStagedFile(response: ServerResponse, stagedPath: string, fileName: string, contentType: string, extraHeaders: Record<string, string> = {}): void {
    const asciiName = fileName.replace(/[^\x20-\x7E]|["\\]/g, '_');
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
      ...extraHeaders,
    });
    const stream = createReadStream(stagedPath);
    stream.on('close', () => staging.discard(stagedPath));
    stream.pipe(response);
  }

  async function handleDownload(number: string, label: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const document = await core.dispatch({ token, method: 'documents.get', input: { number } });
    if (!document.ok) return refuse(response, 404, document.error);
    // A revision the caller may not open is missing from documents.get; the export names why (REVISION_NOT_VISIBLE).
    const revision = (document.result as { revisions: { label: string; fileName: string; mediaType: string }[] }).revisions.find((r) => r.label === label);
    const destination = path.join(staging.newFolder(), 'content');
    const exported = await core.dispatch({ token, method: 'revisions.exportContent', input: { number, label, destination } });
    if (!exported.ok || !revision) {
      staging.discard(destination);
      const error = exported.ok ? hostRefusal('REVISION_NOT_FOUND', { number, label }) : exported.error;
      return refuse(response, refusalStatus(error.code), error);
    }
    sendStagedFile(response, destination, revision.fileName, 'application/octet-stream');
  }

  /**
   * GET api/view/<number>/<label>: the PDF the viewer shows (revisions.viewPdf), as the body. Not a
   * download: the page's own pdf.js reads it, so it comes inline and is never cached.
   */
  async function handleView(number: string, label: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const viewed = await core.dispatch({ token, method: 'revisions.viewPdf', input: { number, label } });
    if (!viewed.ok) {
      const clear: Record<string, string> = token && isSessionEnding(viewed.error.code) ? { 'Set-Cookie': clearedSessionCookie(port) } : {};
      return sendJson(response, refusalStatus(viewed.error.code), { ok: false, error: forBrowser(viewed.error) }, clear);
    }
    const { pdf, ...about } = viewed.result as { pdf: Uint8Array; contentSha256: string };
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline',
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'no-store',
      'X-Quire-View': encodeURIComponent(JSON.stringify(about)),
    });
    response.end(pdf);
  }

  /** GET api/compare-report/<number>/<from>/<to>[?ignoreWhitespace=1&ignoreLineWrap=1&ignoreHeadersFooters=1]: the comparison report PDF, written into staging by the core. */
  async function handleCompareReport(number: string, from: string, to: string, query: URLSearchParams, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const flag = (name: string) => query.get(name) === '1' || query.get(name) === 'true';
    const fileName = `${number} compare ${from} to ${to}.pdf`.replace(/[/\\\u0000-\u001F\u007F]/g, '_');
    const destination = path.join(staging.newFolder(), 'report.pdf');
    const report = await core.dispatch({
      token,
      method: 'revisions.compareReport',
      input: {
        number,
        from,
        to,
        ignoreWhitespace: flag('ignoreWhitespace'),
        ignoreLineWrap: flag('ignoreLineWrap'),
        ignoreHeadersFooters: flag('ignoreHeadersFooters'),
        destination,
      },
    });
    if (!report.ok) {
      staging.discard(destination);
      return refuse(response, refusalStatus(report.error.code), report.error);
    }
    sendStagedFile(response, destination, fileName, 'application/pdf');
  }

  /** GET api/master-list?format=csv|pdf&<register filters>: the master document list, written into staging by the core. */
  async function handleMasterList(query: URLSearchParams, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const input: Record<string, string> = {};
    for (const [name, value] of query) if (name !== 'destination') input[name] = value;
    const format = input.format === 'pdf' ? 'pdf' : 'csv';
    const destination = path.join(staging.newFolder(), `master-list.${format}`);
    const written = await core.dispatch({ token, method: 'documents.exportMasterList', input: { ...input, format, destination } });
    if (!written.ok) {
      staging.discard(destination);
      return refuse(response, refusalStatus(written.error.code), written.error);
    }
    sendStagedFile(response, destination, `Master document list ${new Date().toISOString().slice(0, 10)}.${format}`, format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8');
  }

  /**
   * POST api/print (JSON: the input of prints.print without a destination): the core prints into staging
   * and the PDF comes back as a download. Printing issues copies and is audited, so it is a POST with the
   * full same-origin proof; what the core answered (verification code, copy number) travels in the
   * X-Quire-Print header, URI-encoded JSON without the staging path.
   */
  async function handlePrint(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await jsonInput(request, response);
    if (!body) return;
    const input = body.input;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse(response, 400, hostRefusal('INVALID_INPUT', { problem: 'nothing-to-print' }));
    if ('destination' in input) return refuse(response, 400, hostRefusal('INVALID_INPUT', { problem: 'browser-destination' }));
    const token = readSessionCookie(request, port);
    const destination = path.join(staging.newFolder(), 'print.pdf');
    const printed = await core.dispatch({ token, method: 'prints.print', input: { ...input, destination } });
    if (!printed.ok) {
      staging.discard(destination);
      const clear = token && isSessionEnding(printed.error.code) ? { 'Set-Cookie': clearedSessionCookie(port) } : undefined;
      return sendJson(response, 200, { ok: false, error: forBrowser(printed.error) }, clear);
    }
    const result = printed.result as { path: string; document: string; revision: string; kind: string; copyNumber: number | null };
    const { path: _written, ...shown } = result;
    const suffix = result.kind === 'uncontrolled' ? 'uncontrolled' : `controlled copy ${result.copyNumber}${result.kind === 'reprint' ? ' reprint' : ''}`;
    const fileName = `${result.document} ${result.revision} ${suffix}.pdf`.replace(/[/\\\u0000-\u001F\u007F]/g, '_');
    sendStagedFile(response, destination, fileName, 'application/pdf', { 'X-Quire-Print': encodeURIComponent(JSON.stringify(shown)) });
  }

  /**
   * POST api/file/<method> (JSON: the method's input without a destination) for the methods that write a
   * file of the caller's choosing and are refused from a browser otherwise: the core writes into staging,
   * the file comes back as a download, and the core's answer (without the staging path) in X-Quire-Result.
   */
  async function handleStagedFileCall(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const download = Object.hasOwn(stagedFileMethods, method) ? stagedFileMethods[method] : undefined;
    if (!download) return refuse(response, 404, hostRefusal('UNKNOWN_METHOD', {}, { method: method.slice(0, 80) }));
    const body = await jsonInput(request, response);
    if (!body) return;
    const input = body.input;
    if (typeof input !== 'object' || input === null || Array.isArray(input) || 'destination' in input) return refuse(response, 400, hostRefusal('INVALID_INPUT', { problem: 'browser-destination' }));
    const token = readSessionCookie(request, port);
    const fileName = download.fileName(input as Record<string, unknown>);
    const destination = path.join(staging.newFolder(), fileName);
    const outcome = await core.dispatch({ token, method, input: { ...input, destination } });
    if (!outcome.ok) {
      staging.discard(destination);
      const clear = token && isSessionEnding(outcome.error.code) ? { 'Set-Cookie': clearedSessionCookie(port) } : undefined;
      return sendJson(response, 200, { ok: false, error: forBrowser(outcome.error) }, clear);
    }
    const { path: _written, ...shown } = outcome.result as { path: string };
    sendStagedFile(response, destination, fileName, download.contentType(fileName), { 'X-Quire-Result': encodeURIComponent(JSON.stringify(shown)) });
  }

  // Packs being written into staging for a browser, by job id: the download must come from the same session.
  const auditPackDownloads = new Map<string, { destination: string; token: string }>();

  /**
   * POST api/audit-pack/start (JSON: auditPack.start's input without a destination): the core writes the
   * pack into staging as a job; the browser polls auditPack.progress and then fetches GET api/audit-pack/<jobId>.
   */
  async function handleAuditPackStart(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await jsonInput(request, response);
    if (!body) return;
    const input = body.input;
    if (typeof input !== 'object' || input === null || Array.isArray(input) || 'destination' in input) return refuse(response, 400, hostRefusal('INVALID_INPUT', { problem: 'browser-destination' }));
    const token = readSessionCookie(request, port);
    const destination = path.join(staging.newFolder(), 'audit-pack.zip');
    const started = await core.dispatch({ token, method: 'auditPack.start', input: { ...input, destination } });
    if (!started.ok || !token) {
      staging.discard(destination);
      const error = started.ok ? hostRefusal('NOT_SIGNED_IN', {}) : started.error;
      const clear = token && isSessionEnding(error.code) ? { 'Set-Cookie': clearedSessionCookie(port) } : undefined;
      return sendJson(response, 200, { ok: false, error: forBrowser(error) }, clear);
    }
    auditPackDownloads.set((started.result as { jobId: string }).jobId, { destination, token });
    return sendJson(response, 200, { ok: true, result: started.result });
  }

  async function handleAuditPackDownload(jobId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = readSessionCookie(request, port);
    const pack = auditPackDownloads.get(jobId);
    if (!pack || pack.token !== token) return refuse(response, 404, hostRefusal('AUDIT_PACK_JOB_NOT_FOUND', { jobId: jobId.slice(0, 64) }));
    const progress = await core.dispatch({ token, method: 'auditPack.progress', input: { jobId } });
    if (!progress.ok) return refuse(response, refusalStatus(progress.error.code), progress.error);
    if (!(progress.result as { result: unknown }).result) return refuse(response, 404, hostRefusal('AUDIT_PACK_JOB_NOT_FOUND', { jobId }));
    auditPackDownloads.delete(jobId);
    sendStagedFile(response, pack.destination, `Audit pack ${new Date().toISOString().slice(0, 10)}.zip`, 'application/zip');
  }

  const refusedRequest = (why: 'other-host' | 'other-page' | 'missing-header') => hostRefusal('PERMISSION_DENIED', { reason: 'request-refused', why });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const refusal = crossOriginRefusal(request, port);
    if (!isApi) {
      if (refusal === 'other-host') return refuse(response, 421, hostRefusal('PERMISSION_DENIED', { reason: 'loopback-only' }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, hostRefusal('INVALID_INPUT', { problem: 'get-only' }));
      for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
      return serveStaticFile(options.staticDir, url.pathname, response);
    }
    const download = /^\/api\/content\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (download && request.method === 'GET') {
      // A link click cannot carry X-Quire; the SameSite=Strict cookie, Host and fetch metadata still must be ours.
      if (refusal && refusal !== 'missing-header') return refuse(response, 403, refusedRequest(refusal));
      return handleDownload(decodeURIComponent(download[1]!), decodeURIComponent(download[2]!), request, response);
    }
    const view = /^\/api\/view\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (view && request.method === 'GET') {
      if (refusal) return refuse(response, 403, refusedRequest(refusal));
      return handleView(decodeURIComponent(view[1]!), decodeURIComponent(view[2]!), request, response);
    }
    const compareReport = /^\/api\/compare-report\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (compareReport && request.method === 'GET') {
      if (refusal && refusal !== 'missing-header') return refuse(response, 403, refusedRequest(refusal));
      return handleCompareReport(decodeURIComponent(compareReport[1]!), decodeURIComponent(compareReport[2]!), decodeURIComponent(compareReport[3]!), url.searchParams, request, response);
    }
    const auditPack = /^\/api\/audit-pack\/([^/]+)$/.exec(url.pathname);
    if (auditPack && request.method === 'GET') {
      if (refusal && refusal !== 'missing-header') return refuse(response, 403, refusedRequest(refusal));
      return handleAuditPackDownload(decodeURIComponent(auditPack[1]!), request, response);
    }
    if (url.pathname === '/api/master-list' && request.method === 'GET') {
      if (refusal && refusal !== 'missing-header') return refuse(response, 403, refusedRequest(refusal));
      return handleMasterList(url.searchParams, request, response);
    }
    if (request.method !== 'POST') return refuse(response, 405, hostRefusal('INVALID_INPUT', { problem: 'post-only' }));
    if (refusal) return refuse(response, 403, refusedRequest(refusal));
    const method = url.pathname.slice('/api/'.length);
    if (method === 'upload') return handleUpload(request, response);
    if (method === 'print') return handlePrint(request, response);
    if (method === 'audit-pack/start') return handleAuditPackStart(request, response);
    if (method.startsWith('file/')) return handleStagedFileCall(method.slice('file/'.length), request, response);
    return handleApiCall(method, request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // Never echo a stack trace: log it here, answer with the generic sentence.
      console.error('quire serve:', error);
      if (!response.headersSent) refuse(response, 500, hostRefusal('INTERNAL'));
      else response.destroy();
    });
  });
  server.requestTimeout = 10 * 60 * 1000;
  server.headersTimeout = 30 * 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    staging,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          staging.dispose();
          resolve();
        });
      }),
  };
}
