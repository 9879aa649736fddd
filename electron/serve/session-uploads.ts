import type { StagingArea } from './staging-area';

/** How much one browser session may keep uploaded and not yet used. */
export interface UploadLimits {
  files: number;
  bytes: number;
}

export const defaultUploadLimits: UploadLimits = { files: 20, bytes: 1024 * 1024 * 1024 };

/**
 * Keeps account of each session's staged uploads, so a page cannot fill the disk with files it
 * never imports: a session holds at most `limits.files` unused uploads of `limits.bytes` together,
 * an upload is released once a call has used it, and a session's uploads are deleted when it ends.
 */
export class SessionUploads {
  private readonly bySession = new Map<string, Map<string, number>>();

  constructor(
    private readonly staging: StagingArea,
    readonly limits: UploadLimits = defaultUploadLimits,
  ) {}

  /** Bytes the session may still upload, or null when it already holds as many files as it may. */
  room(token: string): number | null {
    const held = this.bySession.get(token);
    if (held && held.size >= this.limits.files) return null;
    let bytes = 0;
    for (const size of held?.values() ?? []) bytes += size;
    return Math.max(0, this.limits.bytes - bytes);
  }

  add(token: string, stagedPath: string, bytes: number): void {
    const held = this.bySession.get(token) ?? new Map<string, number>();
    held.set(stagedPath, bytes);
    this.bySession.set(token, held);
  }

  /** A call used (and the host discarded) the file: it no longer counts against its session. */
  release(stagedPath: string): void {
    for (const held of this.bySession.values()) held.delete(stagedPath);
  }

  /** The session signed out or expired: its unused uploads are deleted. */
  endSession(token: string): void {
    for (const stagedPath of this.bySession.get(token)?.keys() ?? []) this.staging.discard(stagedPath);
    this.bySession.delete(token);
  }
}
