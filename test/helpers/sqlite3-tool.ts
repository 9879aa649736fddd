import { spawnSync } from 'node:child_process';

/**
 * Runs SQL with the stock `sqlite3` command-line tool on a closed file, the way an insider with
 * file access would tamper with it: nothing of Quire is involved. Returns stdout; throws on error.
 */
export function sqlite3Tool(file: string, sql: string): string {
  const run = spawnSync('sqlite3', ['-batch', '-bail', file], { input: sql, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`sqlite3 failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim();
}
