// How fast `quire` starts: `quire --help` and `quire doc list` on a small vault, each against
// `node -e 0` measured in the same run (medians of several runs). doc list signs in, so it includes
// one scrypt verification of a production-cost password hash, measured here too.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli, cliBundleIsStale } from '../scripts/build-cli.mjs';
import { hashPassword, verifyPassword } from '../electron/core/users/password-hash';
import { tempFolder } from '../test/helpers/temp-vault';
import { fmt, seconds } from './measure';

const repoRoot = path.resolve(import.meta.dirname, '..');
const quireBin = path.join(repoRoot, 'bin', 'quire.mjs');
const runs = 7;

function timedRun(args: string[], env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  if (cliBundleIsStale()) await buildCli();
  const folder = tempFolder('quire-bench-cli-');
  try {
    const vault = path.join(folder.dir, 'small.quire');
    const admin = { QUIRE_PASSWORD: 'Vault-keeper-2026' };
    const author = { QUIRE_PASSWORD: 'Author-own-pass-2026' };
    // A small vault made the way a user makes one (production scrypt cost): an author and five documents.
    timedRun([quireBin, 'init', vault, '--admin', 'admin', '--name', 'Ada Admin'], admin);
    timedRun([quireBin, 'user', 'add', vault, 'amy', '--name', 'Amy Author', '--roles', 'author', '--as', 'admin'], { ...admin, QUIRE_NEW_PASSWORD: 'Given-by-admin-2026' });
    timedRun([quireBin, 'passwd', vault, '--as', 'amy'], { QUIRE_PASSWORD: 'Given-by-admin-2026', QUIRE_NEW_PASSWORD: author.QUIRE_PASSWORD });
    for (let i = 1; i <= 5; i++) {
      const file = path.join(folder.dir, `procedure-${i}.txt`);
      writeFileSync(file, `Procedure ${i}\n\nStep 1: do the thing.\n`);
      timedRun([quireBin, 'doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', `Procedure ${i}`, '--file', file, '--as', 'amy'], author);
    }

    const nodeAlone: number[] = [];
    const help: number[] = [];
    const docList: number[] = [];
    // Interleaved, so a busy spell on the machine weighs on all three alike.
    for (let i = 0; i < runs; i++) {
      nodeAlone.push(timedRun(['-e', '0']));
      help.push(timedRun([quireBin, '--help']));
      docList.push(timedRun([quireBin, 'doc', 'list', vault, '--as', 'amy'], author));
    }
    const stored = await hashPassword(author.QUIRE_PASSWORD);
    const scryptRuns: number[] = [];
    for (let i = 0; i < 3; i++) scryptRuns.push(await seconds(() => verifyPassword(author.QUIRE_PASSWORD, stored)));
    const scrypt = median(scryptRuns);
    const checkStart = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) cliBundleIsStale();
    const checkMs = Number(process.hrtime.bigint() - checkStart) / 1e6 / 20;

    const [base, h, d] = [median(nodeAlone), median(help), median(docList)];
    console.log(`cli: node -e 0 ${fmt(base)}; quire --help ${fmt(h)} = ${(h / base).toFixed(1)}× (aim ≤ 4×); quire doc list ${fmt(d)} = ${(d / base).toFixed(1)}×`);
    console.log(`cli: doc list − one scrypt verification (${fmt(scrypt)}) = ${fmt(d - scrypt)} = ${((d - scrypt) / base).toFixed(1)}× node -e 0 (aim ≤ 0.30 s); medians of ${runs} runs; bundle freshness check ${checkMs.toFixed(1)} ms`);
  } finally {
    folder.cleanup();
  }
}
