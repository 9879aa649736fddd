import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleaningSteps, writeProcedurePdf } from '../helpers/paginated-procedure-pdf';
import { asCliAuthor, runQuire, vaultWithAuthorSteps } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

// `quire search` exactly as issue 12 writes it, on a vault made with the real command: a three-page
// Ghostscript procedure whose step 47 (page 2) is the only one about the sporicidal agent.
describe('quire search', () => {
  const folder = tempFolder('quire-search-');
  const vault = path.join(folder.dir, 'qms.quire');
  const asAuthor = asCliAuthor;

  beforeAll(async () => {
    const pages = cleaningSteps(3);
    pages[1]![16] = 'Step 47: wipe panel 16 with sporicidal agent.';
    writeProcedurePdf(path.join(folder.dir, 'a.pdf'), 'A', pages);
    const steps = [
      ...vaultWithAuthorSteps(vault, adminPassword),
      [['doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', 'Cleaning of the filling line', '--file', path.join(folder.dir, 'a.pdf'), '--as', 'amy'], asAuthor],
    ] as const;
    for (const [args, env] of steps) expect(await runQuire([...args], env)).toMatchObject({ code: 0, stderr: '' });
  }, 600_000);
  afterAll(() => folder.cleanup());

  it('prints each hit with its revision, page and snippet, the match in brackets', async () => {
    const run = await runQuire(['search', vault, 'sporicidal', '--as', 'amy'], asAuthor);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('SOP-QA-0001 A.1 (draft)  Cleaning of the filling line  page 2');
    expect(run.stdout).toContain('with [sporicidal] agent');
  });

  it('answers --json with the hits, and takes --all-revisions, --type and --limit', async () => {
    const run = await runQuire(['search', vault, '"panel 16 with 70" alcohol', '--all-revisions', '--type', 'SOP', '--limit', '5', '--as', 'amy', '--json'], asAuthor);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { hits } = JSON.parse(run.stdout) as { hits: { number: string; page: number; pages: number[] }[] };
    // Panel 16 with alcohol: step 17 of page 1 and step 77 of page 3 (step 47 on page 2 uses the agent).
    expect(hits.map((h) => [h.number, h.pages])).toEqual([['SOP-QA-0001', [1, 3]]]);
    expect((await runQuire(['search', vault, 'sporicidal', '--type', 'WI', '--as', 'amy'], asAuthor)).stdout).toBe('Nothing found for "sporicidal".\n');
  });

  it('refuses a query with nothing to look for, and a limit that is no whole number, as input errors', async () => {
    const empty = await runQuire(['search', vault, '* -', '--as', 'amy'], asAuthor);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^INVALID_INPUT: The search has no words to look for/);
    const limit = await runQuire(['search', vault, 'panel', '--limit', 'many', '--as', 'amy'], asAuthor);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/^INVALID_INPUT: /);
  });
});
