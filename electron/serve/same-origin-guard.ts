import type { IncomingMessage } from 'node:http';

/**
 * Why an API request must be refused, or null when it plainly comes from our own page: the Host
 * header names us (DNS rebinding), the Origin — when sent — is ours, the fetch metadata says
 * same-origin, and the custom X-Quire header is present (another site cannot add it without a
 * CORS preflight, which this server never answers). The answer names the failed check.
 */
export function crossOriginRefusal(request: IncomingMessage, port: number): 'other-host' | 'other-page' | 'missing-header' | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host;
  if (!host || !allowedHosts.includes(host.toLowerCase())) return 'other-host';
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) return 'other-page';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'other-page';
  if (request.headers['x-quire'] !== '1') return 'missing-header';
  return null;
}
