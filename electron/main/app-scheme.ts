import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { mediaTypeOf, rendererFileFor } from '../serve/renderer-files';
import { contentSecurityPolicy } from './content-security-policy';
import { appHost, appScheme } from './own-page';

/** Before ready: app:// is a standard, secure origin (like https), so 'self', fetch and storage work on it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** The answer for one app:// request: a file of the built renderer with the CSP, or 404. */
export async function rendererResponse(rendererRoot: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  const file = parsed.hostname === appHost ? rendererFileFor(rendererRoot, parsed.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // Electron's fs reads inside app.asar, so the renderer stays packed.
  const body = await readFile(file);
  return new Response(body, { status: 200, headers: { 'Content-Type': mediaTypeOf(file), 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' } });
}

/** After ready: serves the built renderer under app://quire/. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, (request) => rendererResponse(rendererRoot, request.url));
}
