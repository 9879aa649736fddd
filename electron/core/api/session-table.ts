import { randomBytes } from 'node:crypto';

interface SessionEntry {
  userId: number;
  lastUsed: number;
}

/**
 * Signed-in sessions, held only in the core's memory: the token is random, unguessable and
 * dies with the process. A session idle for longer than the limit ends (Annex 11 §12 auto log-off).
 */
export class SessionTable {
  private readonly sessions = new Map<string, SessionEntry>();

  constructor(private readonly idleLimitMs: number) {}

  start(userId: number, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastUsed: now });
    return token;
  }

  /** The user of a live session, refreshing its idle timer; 'expired' or null otherwise. */
  touch(token: string, now: number): number | 'expired' | null {
    const entry = this.sessions.get(token);
    if (!entry) return null;
    if (now - entry.lastUsed > this.idleLimitMs) {
      this.sessions.delete(token);
      return 'expired';
    }
    entry.lastUsed = now;
    return entry.userId;
  }

  end(token: string): void {
    this.sessions.delete(token);
  }
}
