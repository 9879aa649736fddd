import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A regular file found under the import folder. */
export interface FoundFile {
  /** Absolute path as the import reads it (a link inside the folder is read through). */
  path: string;
  /** Path below the import folder with '/' separators, NFC: what a sheet's `path` column names. */
  relativePath: string;
  size: number;
}

export type SkipReason = 'hidden' | 'system' | 'link-outside-folder' | 'link-to-folder' | 'not-a-file' | 'unreadable';

export interface SkippedFile {
  relativePath: string;
  reason: SkipReason;
}

export interface FolderWalk {
  root: string;
  files: FoundFile[];
  skipped: SkippedFile[];
}

// What Windows, macOS and Office leave in shared drives: never controlled documents.
const systemNames = /^(thumbs\.db|desktop\.ini|ehthumbs\.db|icon\r|\$recycle\.bin|system volume information|~\$.*|.*\.tmp|.*\.lnk)$/iu;

function skipReasonOf(name: string): SkipReason | null {
  if (name.startsWith('.')) return 'hidden';
  if (systemNames.test(name)) return 'system';
  return null;
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Lists every regular file below `folder`, sorted, without following a link that leads outside it or to
 * a folder (no loops, nothing from elsewhere on the drive); hidden and system files are skipped and
 * reported, as is anything that is not a regular file. Reads names only, never contents.
 */
export function walkImportFolder(folder: string): FolderWalk {
  const root = realpathSync(folder);
  const walk: FolderWalk = { root, files: [], skipped: [] };
  const visit = (dir: string, relativeDir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      walk.skipped.push({ relativePath: relativeDir || '.', reason: 'unreadable' });
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const relativePath = (relativeDir ? `${relativeDir}/${name}` : name).normalize('NFC');
      const skip = skipReasonOf(name);
      if (skip) {
        walk.skipped.push({ relativePath, reason: skip });
        continue;
      }
      let stats;
      try {
        stats = lstatSync(full);
        if (stats.isSymbolicLink()) {
          const target = realpathSync(full);
          if (!inside(root, target)) {
            walk.skipped.push({ relativePath, reason: 'link-outside-folder' });
            continue;
          }
          stats = statSync(target);
          if (stats.isDirectory()) {
            walk.skipped.push({ relativePath, reason: 'link-to-folder' });
            continue;
          }
        }
      } catch {
        walk.skipped.push({ relativePath, reason: 'unreadable' });
        continue;
      }
      if (stats.isDirectory()) visit(full, relativePath);
      else if (stats.isFile()) walk.files.push({ path: full, relativePath, size: stats.size });
      else walk.skipped.push({ relativePath, reason: 'not-a-file' });
    }
  };
  visit(root, '');
  return walk;
}
