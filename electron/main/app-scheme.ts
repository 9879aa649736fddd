import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mediaTypeOf, rendererRelativePath } from '../../shared/renderer-paths';
import { contentSecurityPolicy } from './content-security-policy';
import { appHost, appScheme } from './own-page';

/** Before ready: app:// is a standard, secure origin (like https), so 'self', fetch and storage work on it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The answer for one app:// request: a file of the built renderer (index.html for unknown paths) with the CSP, or 404. */
export async function rendererResponse(rendererRoot: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.hostname.toLowerCase() !== appHost) return notFound();
  const headers = (file: string) => ({ 'Content-Type': mediaTypeOf(file), 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' });
  // Electron's fs reads inside app.asar, so the renderer stays packed.
  for (const file of [path.join(rendererRoot, rendererRelativePath(parsed.pathname)), path.join(rendererRoot, 'index.html')]) {
    try {
      return new Response(await readFile(file), { status: 200, headers: headers(file) });
    } catch {
      // A folder or a missing file: fall back to index.html (the page routes by hash).
    }
  }
  return notFound();
}

/** After ready: serves the built renderer under app://quire/. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, (request) => rendererResponse(rendererRoot, request.url));
}
