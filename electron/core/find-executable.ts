import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where an optional tool (LibreOffice, Tesseract) may be: an override variable, names on PATH, then where its installers put it. */
export interface ExecutableSearch {
  /** An environment variable naming the program; when set, only it is tried. */
  override: string;
  /** File names on PATH, per platform. */
  names: { windows: string[]; other: string[] };
  wellKnownPaths: string[];
}

/** The program to run, or null when it is not installed where this search looks. */
export function findExecutable(env: NodeJS.ProcessEnv, search: ExecutableSearch): string | null {
  const chosen = env[search.override];
  if (chosen) return isExecutable(chosen) ? chosen : null;
  const names = process.platform === 'win32' ? search.names.windows : search.names.other;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return search.wellKnownPaths.find(isExecutable) ?? null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
