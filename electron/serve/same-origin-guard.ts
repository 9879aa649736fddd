import type { IncomingMessage } from 'node:http';

/**
 * Why an API request must be refused, or null when it plainly comes from our own page: the Host
 * header names us (DNS rebinding), the Origin — when sent — is ours, the fetch metadata says
 * same-origin, and the custom X-Quire header is present (another site cannot add it without a
 * CORS preflight, which this server never answers).
 */
export function crossOriginRefusal(request: IncomingMessage, port: number): string | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host;
  if (!host || !allowedHosts.includes(host.toLowerCase())) return 'it was addressed to another host name';
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) return 'it came from another web page';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'it came from another web page';
  if (request.headers['x-quire'] !== '1') return 'it lacks the X-Quire header our own page sends';
  return null;
}
