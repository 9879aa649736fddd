import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCliAuthor, runQuire, vaultWithAuthorSteps } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

// `quire dcr …`, `quire doc link(s)` and the change record in `quire history`, as real processes.
describe('quire dcr, doc link, doc links and the change record in history', () => {
  const folder = tempFolder('quire-dcr-');
  const vault = path.join(folder.dir, 'qms.quire');
  const asReader = { QUIRE_PASSWORD: 'Reader-own-pass-2026' };
  const quire = (args: string[], env: Record<string, string> = asCliAuthor) => runQuire(args, env);

  beforeAll(async () => {
    writeFileSync(path.join(folder.dir, 'sop.txt'), 'Line clearance: remove every label of the last batch.\n');
    writeFileSync(path.join(folder.dir, 'form.txt'), 'Line clearance record: tick each step.\n');
    writeFileSync(path.join(folder.dir, 'markup.txt'), 'Step 2: also the reject bin (marked up).\n');
    const steps: [string[], Record<string, string>][] = [
      ...vaultWithAuthorSteps(vault, adminPassword),
      [['user', 'add', vault, 'rhea', '--name', 'Rhea Reader', '--roles', 'reader', '--as', 'admin'], { QUIRE_PASSWORD: adminPassword, QUIRE_NEW_PASSWORD: 'Given-by-admin-2026' }],
      [['passwd', vault, '--as', 'rhea'], { QUIRE_PASSWORD: 'Given-by-admin-2026', QUIRE_NEW_PASSWORD: asReader.QUIRE_PASSWORD }],
      [['doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', 'Line clearance', '--file', path.join(folder.dir, 'sop.txt'), '--as', 'amy'], asCliAuthor],
      [['doc', 'add', vault, '--type', 'SOP', '--dept', 'QA', '--title', 'Line clearance record', '--file', path.join(folder.dir, 'form.txt'), '--as', 'amy'], asCliAuthor],
    ];
    for (const [args, env] of steps) expect(await runQuire(args, env)).toMatchObject({ code: 0, stderr: '' });
  }, 240_000);
  afterAll(() => folder.cleanup());

  it('raises a change request with a marked-up file and prints its number', async () => {
    const run = await quire(['dcr', 'new', vault, 'SOP-QA-0001', '--reason', 'The reject bin is not in step 2.', '--proposal', 'Add it.', '--file', path.join(folder.dir, 'markup.txt'), '--as', 'amy']);
    expect(run).toMatchObject({ code: 0, stdout: 'DCR-0001\n' });
  });

  it('refuses a reader a request on a document only in draft, with a sentence, and exits non-zero', async () => {
    const run = await quire(['dcr', 'new', vault, 'SOP-QA-0002', '--reason', 'Cannot see it.', '--as', 'rhea'], asReader);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/SOP-QA-0002 A\.1 is .*rhea sees only the revision in force/);
  });

  it('lists the register by status, and decides with a signature (the owner)', async () => {
    expect((await quire(['dcr', 'list', vault, '--status', 'open', '--as', 'rhea'], asReader)).stdout).toMatch(/DCR-0001 +SOP-QA-0001 +A\.1 +open +amy/);
    const usage = await quire(['dcr', 'decide', vault, 'DCR-0001', '--comment', 'x', '--as', 'amy']);
    expect(usage.code).not.toBe(0);
    const decided = await quire(['dcr', 'decide', vault, 'DCR-0001', '--accept', '--comment', 'Yes, in this draft.', '--as', 'amy']);
    expect(decided.code).toBe(0);
    expect(decided.stdout).toContain('DCR-0001 SOP-QA-0001 A.1: accepted (draft A.1)');
    expect(decided.stdout).toContain('change-accepted by Amy Author (amy)');
    expect(JSON.parse((await quire(['dcr', 'list', vault, '--json', '--as', 'amy'])).stdout)[0]).toMatchObject({ number: 'DCR-0001', state: 'accepted', draft: 'A.1' });
  });

  it('links documents and shows the links both ways', async () => {
    expect((await quire(['doc', 'link', vault, 'SOP-QA-0002', 'SOP-QA-0001', '--kind', 'form', '--as', 'amy'])).stdout).toBe('SOP-QA-0002 uses SOP-QA-0001 (form).\n');
    const links = (await quire(['doc', 'links', vault, 'SOP-QA-0001', '--as', 'rhea'], asReader)).stdout;
    expect(links).toMatch(/SOP-QA-0001 is used by:\n[\s\S]*SOP-QA-0002 +form +Line clearance record/);
    expect(JSON.parse((await quire(['doc', 'links', vault, 'SOP-QA-0002', '--json', '--as', 'amy'])).stdout)).toMatchObject({ uses: [{ number: 'SOP-QA-0001', kind: 'form' }], usedBy: [] });
  });

  it('adds the change record below the time line of quire history, and keeps --json the time line', async () => {
    const text = (await quire(['history', vault, 'SOP-QA-0001', '--as', 'amy'])).stdout;
    expect(text).toContain('Change requested: DCR-0001');
    expect(text).toMatch(/Change record\nRevision A\.1 \(draft\)\n {2}description: —\n {2}change requests: DCR-0001 \(The reject bin is not in step 2\.\)/);
    const json = JSON.parse((await quire(['history', vault, 'SOP-QA-0001', '--json', '--as', 'amy'])).stdout) as { action: string }[];
    expect(json[0]!.action).toBe('document.registered');
  });
});
