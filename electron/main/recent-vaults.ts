// The list of vaults this user opened, kept in the app's user-data folder. Pure Node (no Electron), so it
// is tested as it runs. A vault is added only after its core host said it opened: a bad choice is never
// remembered, and the next launch does not fail the same way.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const maxRecent = 8;

export interface RecentVault {
  path: string;
  name: string;
}

export class RecentVaults {
  private readonly file: string;

  constructor(userDataFolder: string) {
    this.file = path.join(userDataFolder, 'recent-vaults.json');
  }

  /** Newest first, only files that still exist. */
  list(): RecentVault[] {
    let paths: unknown;
    try {
      paths = (JSON.parse(readFileSync(this.file, 'utf8')) as { vaults?: unknown }).vaults;
    } catch {
      return [];
    }
    if (!Array.isArray(paths)) return [];
    return paths.filter((p): p is string => typeof p === 'string' && existsSync(p)).map((p) => ({ path: p, name: path.basename(p, path.extname(p)) }));
  }

  /** The vault opened last, if it still exists. */
  latest(): string | null {
    return this.list()[0]?.path ?? null;
  }

  has(vaultPath: string): boolean {
    return this.list().some((v) => v.path === path.resolve(vaultPath));
  }

  /** Call only once the vault is open. */
  rememberOpened(vaultPath: string): void {
    const resolved = path.resolve(vaultPath);
    const vaults = [resolved, ...this.list().map((v) => v.path).filter((p) => p !== resolved)].slice(0, maxRecent);
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Written aside and renamed, so a crash mid-write never leaves a half list.
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ vaults }, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
