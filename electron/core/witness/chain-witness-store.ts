import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The newest point of a vault's audit chain this workstation has seen, and when. */
export interface SeenChainHead {
  vaultId: string;
  eventId: number;
  hash: string;
  seenAt: string;
}

const vaultIdPattern = /^[0-9a-fA-F-]{8,64}$/;

/**
 * Keeps, outside every vault, the newest chain head this workstation has seen per vault id: one small
 * JSON file per vault in `<folder>/chain-heads/`. The folder is the user's own data folder (per OS), or
 * one a test gives. A vault file cannot rewrite what is kept here.
 */
export class ChainWitnessStore {
  constructor(readonly folder: string) {}

  private fileOf(vaultId: string): string | null {
    return vaultIdPattern.test(vaultId) ? path.join(this.folder, 'chain-heads', `${vaultId.toLowerCase()}.json`) : null;
  }

  /** What was seen of this vault, or null (never seen, or the record is unreadable). */
  read(vaultId: string): SeenChainHead | null {
    const file = this.fileOf(vaultId);
    if (!file) return null;
    try {
      const seen = JSON.parse(readFileSync(file, 'utf8')) as SeenChainHead;
      return Number.isInteger(seen.eventId) && typeof seen.hash === 'string' ? seen : null;
    } catch {
      return null;
    }
  }

  /** Records a newer head (written whole to a temp file, then renamed, so a crash never leaves half a record). */
  write(seen: SeenChainHead): void {
    const file = this.fileOf(seen.vaultId);
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(seen, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  }
}
