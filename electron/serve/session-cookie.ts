import type { IncomingMessage } from 'node:http';

/** The cookie name carries the port: browsers share cookies across ports of one host. */
export function sessionCookieName(port: number): string {
  return `quire_session_${port}`;
}

/** The session token from the request's cookie, or null. */
export function readSessionCookie(request: IncomingMessage, port: number): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  const name = sessionCookieName(port);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** HttpOnly so page script never sees the token; SameSite=Strict so no other site can send it. */
export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function clearedSessionCookie(port: number): string {
  return `${sessionCookieName(port)}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}
