import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// `.<name>.<pid>.<kind>-<tag>.part`, with -wal/-journal/-shm beside it for a database being copied.
const leftoverName = /^\.(.+)\.(\d+)\.([a-z]+)-([A-Za-z0-9-]+)\.part(-wal|-journal|-shm)?$/;

export type StagedKind = 'print' | 'backup';

/**
 * The hidden temporary name a file is written under beside `target` before it is published by a
 * rename on the same file system. It names the writing process and a tag (the record it belongs
 * to), so a later run can tell a crashed writer's leftover from a file still being written.
 */
export function stagedPathFor(target: string, kind: StagedKind, tag: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${kind}-${tag}.part`);
}

/**
 * Settles what crashed writers of `kind` left in `folder`: a staged file whose process is gone is published
 * (renamed to its target) when `isRecorded(target, tag)` says the vault recorded it and the target
 * is still free, and deleted otherwise; files of living processes are left alone. Returns what it did.
 */
export function settleLeftovers(folder: string, kind: StagedKind, isRecorded: (target: string, tag: string) => boolean): { published: string[]; removed: string[] } {
  const settled = { published: [] as string[], removed: [] as string[] };
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return settled;
  }
  for (const name of names) {
    const match = leftoverName.exec(name);
    if (!match || match[3] !== kind || processAlive(Number(match[2]))) continue;
    const [, base, , , tag, suffix] = match;
    const file = path.join(folder, name);
    const target = path.join(folder, base!);
    if (!suffix && isRecorded(target, tag!) && !exists(target)) {
      renameSync(file, target);
      settled.published.push(target);
    } else {
      rmSync(file, { force: true });
      settled.removed.push(file);
    }
  }
  return settled;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
