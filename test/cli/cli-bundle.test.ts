import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleaningSteps, writeProcedurePdf } from '../helpers/paginated-procedure-pdf';
import { runQuire } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bundleDir = path.join(repoRoot, 'dist', 'cli');
const hook = pathToFileURL(path.join(repoRoot, 'test/helpers/loaded-modules-hook.mjs')).href;
/** What each output file of the bundle holds, as written by scripts/build-cli.mjs (built by the test setup). */
const manifest = () => JSON.parse(readFileSync(path.join(bundleDir, 'bundle-manifest.json'), 'utf8')) as { outputs: Record<string, string[]> };

/** Packages that only some commands need: never parsed by `quire --help` or `quire doc list`. */
const heavyPackages = ['pdfjs-dist', '@cantoo/pdf-lib', 'fontkit', 'mammoth', 'qrcode', 'marked', 'diff'];

// The `quire` command as a user runs it (bin/quire.mjs, a real process), with Node's own module
// loader recording every file it loads: what runs is the bundle in dist/cli, and a command parses
// only what it needs.
describe('the bundled quire command', () => {
  const folder = tempFolder('quire-bundle-');
  const vault = path.join(folder.dir, 'qms.quire');
  const asAuthor = { QUIRE_PASSWORD: 'Author-own-pass-2026' };
  afterAll(() => folder.cleanup());

  let runs = 0;
  /** Runs quire; returns its result with the files it loaded and the npm packages inside them. */
  async function quire(args: string[], env: Record<string, string> = {}) {
    const record = path.join(folder.dir, `loaded-${++runs}.txt`);
    const run = await runQuire(args, { ...env, NODE_OPTIONS: `--import=${hook}`, QUIRE_LOADED_MODULES_FILE: record });
    const files = readFileSync(record, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
    const outputs = manifest().outputs;
    const fromBundle = files.filter((file) => path.dirname(file) === bundleDir).map((file) => path.basename(file));
    const packages = new Set(fromBundle.flatMap((file) => outputs[file] ?? []));
    return { ...run, files, fromBundle, packages };
  }

  it('--help runs the bundle and parses none of the heavy packages, nor the core', async () => {
    const run = await quire(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Usage: quire <command>');
    expect(run.stdout).toContain('doc list <vault>');
    expect(run.fromBundle).toContain('quire.js');
    // Plain JavaScript from dist/cli: no TypeScript source, no tsx.
    expect(run.files.filter((file) => /\.[cm]?tsx?$/u.test(file) || file.includes(`${path.sep}tsx${path.sep}`))).toEqual([]);
    expect([...run.packages].filter((p) => [...heavyPackages, 'zod'].includes(p))).toEqual([]);
  });

  it('init, doc add, rev new, doc show, diff and verify work from the bundle; only importing a PDF loads the PDF engine', async () => {
    const pages = cleaningSteps(2);
    const changed = pages.map((page) => [...page]);
    changed[1]![9] = 'Step 40: wipe panel 9 with sporicidal agent.';
    writeProcedurePdf(path.join(folder.dir, 'a.pdf'), 'A', pages);
    writeProcedurePdf(path.join(folder.dir, 'b.pdf'), 'B', changed);

    expect(await quire(['init', vault, '--admin', 'admin', '--name', 'Ada Admin'], { QUIRE_PASSWORD: adminPassword })).toMatchObject({ code: 0, stderr: '' });
    expect(await quire(['user', 'add', vault, 'amy', '--name', 'Amy Author', '--roles', 'author', '--as', 'admin'], { QUIRE_PASSWORD: adminPassword, QUIRE_NEW_PASSWORD: 'Given-by-admin-2026' })).toMatchObject({ code: 0 });
    expect(await quire(['passwd', vault, '--as', 'amy'], { QUIRE_PASSWORD: 'Given-by-admin-2026', QUIRE_NEW_PASSWORD: asAuthor.QUIRE_PASSWORD })).toMatchObject({ code: 0 });

    const added = await quire(['doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', 'Cleaning of the filling line', '--file', path.join(folder.dir, 'a.pdf'), '--as', 'amy'], asAuthor);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    // The control: the recording does see the PDF check (pdf-lib) when a command needs it. pdf.js itself runs on the
    // text-extraction worker thread, which the recording does not follow; the diff below proves it extracted the text.
    expect(added.packages).toContain('@cantoo/pdf-lib');
    expect(added.files).not.toContain(path.join(bundleDir, 'pdf.worker.mjs'));
    expect(await quire(['rev', 'new', vault, 'SOP-QA-0001', '--file', path.join(folder.dir, 'b.pdf'), '--summary', 'Sporicidal agent.', '--impact', 'none', '--as', 'amy'], asAuthor)).toMatchObject({ code: 0, stderr: '' });

    const shown = await quire(['doc', 'show', vault, 'SOP-QA-0001', '--as', 'amy'], asAuthor);
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toContain('SOP-QA-0001  Cleaning of the filling line');
    expect(shown.stdout).toMatch(/A\.2 +draft/u);

    // The text pdf.js extracted at import, compared in the worker that sits beside the bundle.
    const diff = await quire(['diff', vault, 'SOP-QA-0001', 'A.1', 'A.2', '--ignore-headers-footers', '--as', 'amy'], asAuthor);
    expect(diff).toMatchObject({ code: 0, stderr: '' });
    expect(diff.stdout).toContain('Step 40: wipe panel 9 with [-70-]{+sporicidal+}');

    const verified = await quire(['verify', vault]);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.packages.has('pdfjs-dist')).toBe(false);
  });

  it('doc list opens the vault and signs in, and parses none of the heavy packages', async () => {
    const run = await quire(['doc', 'list', vault, '--as', 'amy'], asAuthor);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('SOP-QA-0001');
    expect(run.packages).toContain('zod');
    expect([...run.packages].filter((p) => heavyPackages.includes(p))).toEqual([]);
    // Only the module of the command that runs: document commands, not the workflow or print ones.
    expect(run.fromBundle.some((file) => file.startsWith('document-commands-'))).toBe(true);
    expect(run.fromBundle.filter((file) => /^(?:workflow|print|vault|user|history)-commands-/u.test(file))).toEqual([]);
  });
});
