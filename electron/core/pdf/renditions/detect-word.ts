import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** How Word is looked for; the system's by default, a fake one in tests (our machines have no Word). */
export interface WordProbe {
  platform: NodeJS.Platform;
  /** The default value of a Windows registry key, or null when there is none. */
  registryDefault(key: string): string | null;
  /** The first match of `where <name>` on Windows, or null. */
  where(name: string): string | null;
  exists(path: string): boolean;
  /** A macOS application bundle's version (CFBundleShortVersionString), or null. */
  bundleVersion(appPath: string): string | null;
}

export interface DetectedWord {
  platform: 'windows' | 'macos';
  /** What is known of the version at detection ("16" from the registry, "16.89" from the bundle). */
  version: string;
  location: string;
}

export const macWordApp = '/Applications/Microsoft Word.app';
const windowsWordProgId = 'HKCR\\Word.Application\\CurVer';

/** Word where this desktop has it: registered for automation on Windows, installed in /Applications on macOS. */
export function detectWord(probe: WordProbe): DetectedWord | null {
  if (probe.platform === 'win32') {
    // CurVer names the automation server ("Word.Application.16"): what PowerShell's New-Object will start.
    const progId = probe.registryDefault(windowsWordProgId);
    const major = /^Word\.Application\.(\d+)$/u.exec(progId ?? '')?.[1];
    if (major) return { platform: 'windows', version: major, location: probe.where('winword.exe') ?? 'registered for automation' };
    const found = probe.where('winword.exe');
    return found ? { platform: 'windows', version: 'unknown', location: found } : null;
  }
  if (probe.platform === 'darwin' && probe.exists(macWordApp)) {
    return { platform: 'macos', version: probe.bundleVersion(macWordApp) ?? 'unknown', location: macWordApp };
  }
  return null;
}

function firstLine(command: string, args: string[]): string | null {
  const run = spawnSync(command, args, { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
  return run.status === 0 ? (run.stdout.split(/\r?\n/u).find((l) => l.trim()) ?? null) : null;
}

/** The real system, asked with reg.exe, where.exe and defaults (no shell). */
export const systemWordProbe: WordProbe = {
  platform: process.platform,
  registryDefault(key) {
    const run = spawnSync('reg', ['query', key, '/ve'], { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
    if (run.status !== 0) return null;
    return /REG_SZ\s+(.+)$/mu.exec(run.stdout)?.[1]?.trim() ?? null;
  },
  where: (name) => firstLine('where', [name])?.trim() ?? null,
  exists: existsSync,
  bundleVersion: (appPath) => firstLine('/usr/bin/defaults', ['read', `${appPath}/Contents/Info`, 'CFBundleShortVersionString'])?.trim() ?? null,
};
