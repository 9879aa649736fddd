import { spawnSync } from 'node:child_process';

/** Wall-clock seconds an (async) piece of work takes. */
export async function seconds(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs a shell command (the reference tools: cp, sha256sum) and returns its wall-clock seconds. */
export function shellSeconds(script: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync('sh', ['-c', script, 'sh', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return elapsed;
}

export const fmt = (s: number) => `${s.toFixed(2)} s`;
