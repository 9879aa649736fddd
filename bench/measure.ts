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

/** The CPU seconds (user + system) a shell command's processes use, read from the shell's `times`. */
export function shellCpuSeconds(script: string, args: string[]): number {
  const run = spawnSync('sh', ['-c', `${script}\ntimes`, 'sh', ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  // The second line of `times` is the children's user and system time, e.g. "0m1.013s 0m0.066s".
  const children = run.stdout.trim().split('\n').at(-1)!.split(/\s+/u);
  return children.reduce((sum, field) => {
    const [, minutes, secs] = /^(\d+)m([\d.]+)s$/u.exec(field) ?? [];
    return sum + Number(minutes) * 60 + Number(secs);
  }, 0);
}
