import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-vault';

const repoRoot = path.resolve(import.meta.dirname, '../..');

// A checkout where nobody ran a build (as after `npm install --ignore-scripts`, or a clone whose
// node_modules came from elsewhere): the sources, the scripts and the installed packages, no dist/.
describe('quire in a checkout with no built bundle', () => {
  const folder = tempFolder('quire-checkout-');
  const checkout = folder.dir;
  for (const part of ['bin', 'electron', 'shared', 'scripts', 'package.json', 'package-lock.json']) cpSync(path.join(repoRoot, part), path.join(checkout, part), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  afterAll(() => folder.cleanup());

  const manifest = path.join(checkout, 'dist', 'cli', 'bundle-manifest.json');
  const quire = (...args: string[]) => spawnSync(process.execPath, [path.join(checkout, 'bin', 'quire.mjs'), ...args], { cwd: checkout, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

  it('builds the bundle on its first run and runs it', () => {
    expect(existsSync(path.join(checkout, 'dist'))).toBe(false);
    const run = quire('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: quire <command>');
    expect(existsSync(path.join(checkout, 'dist', 'cli', 'quire.js'))).toBe(true);
    expect(existsSync(path.join(checkout, 'dist', 'cli', 'text-extraction-worker.js'))).toBe(true);
  });

  it('does not build again while the sources are unchanged', () => {
    const builtAt = statSync(manifest).mtimeMs;
    expect(quire('--help').status).toBe(0);
    expect(statSync(manifest).mtimeMs).toBe(builtAt);
  });

  it('rebuilds once a source changes, and runs the changed code', () => {
    const builtAt = statSync(manifest).mtimeMs;
    const source = path.join(checkout, 'electron/cli/commands/document-commands.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace("'Register a document with its first draft revision; prints the number.'", "'Register a document (edited in this checkout).'"));
    const run = quire('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Register a document (edited in this checkout).');
    expect(statSync(manifest).mtimeMs).toBeGreaterThan(builtAt);
  });
});
