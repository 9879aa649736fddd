import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleaningSteps, writeProcedurePdf } from '../helpers/paginated-procedure-pdf';
import { qpdfCheck } from '../helpers/pdf-tools';
import { asCliAuthor, runQuire, vaultWithAuthorSteps } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

// `quire diff` as a script or an auditor at a terminal uses it, on two PDF revisions whose every
// page has a running header with the revision label and a footer "Page N of M".
describe('quire diff', () => {
  const folder = tempFolder('quire-diff-');
  const vault = path.join(folder.dir, 'qms.quire');
  const asAuthor = asCliAuthor;
  const changedStep = 'Step 40: wipe panel 9 with sporicidal agent.';

  beforeAll(async () => {
    const pagesA = cleaningSteps(3);
    const pagesB = pagesA.map((page) => [...page]);
    pagesB[1]![9] = changedStep;
    writeProcedurePdf(path.join(folder.dir, 'a.pdf'), 'A', pagesA);
    writeProcedurePdf(path.join(folder.dir, 'b.pdf'), 'B', pagesB);
    const steps = [
      ...vaultWithAuthorSteps(vault, adminPassword),
      [['doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', 'Cleaning of the filling line', '--file', path.join(folder.dir, 'a.pdf'), '--as', 'amy'], asAuthor],
      [['rev', 'new', vault, 'SOP-QA-0001', '--file', path.join(folder.dir, 'b.pdf'), '--summary', 'Sporicidal agent for panel 9.', '--impact', 'none', '--as', 'amy'], asAuthor],
    ] as const;
    for (const [args, env] of steps) expect(await runQuire([...args], env)).toMatchObject({ code: 0, stderr: '' });
  });
  afterAll(() => folder.cleanup());

  it('compares headers and footers unless told not to', async () => {
    const run = await runQuire(['diff', vault, 'SOP-QA-0001', 'A.1', 'A.2', '--json', '--as', 'amy'], asAuthor);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).text.summary.changes).toBeGreaterThan(1);
  });

  it('with --ignore-headers-footers reports only the changed step, says what it left out, and saves the report', async () => {
    const out = path.join(folder.dir, 'compare.pdf');
    const run = await runQuire(['diff', vault, 'SOP-QA-0001', 'A.1', 'A.2', '--ignore-headers-footers', '--pdf', out, '--as', 'amy'], asAuthor);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('1 change(s); pages changed: old 2, new 2;');
    expect(run.stdout).toContain('Compared line by line; whitespace compared; running headers and footers left out (6 lines of the old revision, 6 of the new).');
    // Lines keep their numbers on the page: the header and footer are lines 1 and 2 of page 2.
    expect(run.stdout).toContain('~ old p.2 l.12 → new p.2 l.12\n  Step 40: wipe panel 9 with [-70-]{+sporicidal+} [-percent alcohol and let it dry-]{+agent+}.');
    expect(run.stdout).toContain(`Report saved to ${out}.`);
    expect(qpdfCheck(out).ok).toBe(true);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('running headers and footers left out');
  });
});
