import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, signInCast, userPassword, type TestVault } from '../helpers/temp-vault';
import { effectiveDocument } from '../helpers/workflow';

// Issue 13 item 4 from the command line, as the issue writes it: a controller builds a job, a reader
// joins and is assigned the revision in force, takes the quiz (refused, then passed), acknowledges,
// and the matrix is written as CSV and read back.
describe('quire job and quire training matrix', () => {
  let t: TestVault;
  let number: string;
  const as = (user: string) => ['--as', user];
  const quire = (args: string[], user: string) => runQuire([...args, ...as(user)], { QUIRE_PASSWORD: userPassword });

  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'arun', 'rita', 'lukasz', 'carol');
    await t.addSignedInUser('olga', 'Olga Operator', ['reader']);
    number = await effectiveDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, tokens.carol!, { title: 'Line clearance' });
  }, 600_000);
  afterAll(() => t.cleanup());

  it('refuses job administration to a reader, and a command line without --add or --remove', async () => {
    const refused = await quire(['job', 'add', t.vaultPath, 'PACK', '--name', 'Packing'], 'olga');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^PERMISSION_DENIED: /);
    const neither = await quire(['job', 'people', t.vaultPath, 'PACK'], 'carol');
    expect(neither.code).not.toBe(0);
    expect(neither.stderr).toMatch(/^INVALID_INPUT: /);
  });

  it('builds a job; the reader who joins is assigned the revision in force', async () => {
    expect((await quire(['job', 'add', t.vaultPath, 'pack', '--name', 'Packing'], 'carol')).stdout).toBe('PACK Packing: nobody; requires nothing\n');
    const docs = await quire(['job', 'docs', t.vaultPath, 'PACK', '--add', number], 'carol');
    expect(docs.stderr).toBe('');
    const people = await quire(['job', 'people', t.vaultPath, 'PACK', '--add', 'olga', '--json'], 'carol');
    expect(JSON.parse(people.stdout)).toMatchObject({ code: 'PACK', changed: ['olga'], assigned: 1 });
    const tasks = await quire(['tasks', t.vaultPath, '--json'], 'olga');
    expect(JSON.parse(tasks.stdout)).toEqual([expect.objectContaining({ kind: 'read-and-understood', document: number, revision: 'A' })]);
  });

  it('gates the acknowledgement on the quiz; the reader sees no answers', async () => {
    const quizFile = t.file('quiz.json', JSON.stringify({ passMark: 100, questions: [{ question: 'Who clears the line?', choices: ['The operator', 'The shift leader'], answer: 1 }] }));
    expect((await quire(['training', 'quiz', t.vaultPath, number, 'A', '--file', quizFile], 'carol')).stdout).toBe(`Quiz set on ${number} A: 1 question(s), pass mark 100%.\n`);
    const shown = await quire(['training', 'answer', t.vaultPath, number], 'olga');
    expect(shown.stdout).toContain('1. Who clears the line?\n   1) The operator\n   2) The shift leader');
    expect(shown.stdout).not.toMatch(/answer/i);
    const early = await quire(['training', 'ack', t.vaultPath, number, '--viewed'], 'olga');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^QUIZ_NOT_PASSED: olga has not passed the quiz/);
    expect((await quire(['training', 'answer', t.vaultPath, number, '--answers', '1'], 'olga')).stdout).toContain('0% (pass mark 100%) — not passed at attempt 1');
    expect((await quire(['training', 'answer', t.vaultPath, number, '--answers', '2'], 'olga')).stdout).toContain('100% (pass mark 100%) — passed at attempt 2');
    const ack = await quire(['training', 'ack', t.vaultPath, number, '--viewed'], 'olga');
    expect(ack.stderr).toBe('');
    expect(ack.stdout).toContain('read-and-understood by Olga Operator');
  });

  it('writes the matrix as CSV that parses back, with compliance per job and per document', async () => {
    const file = path.join(t.dir, 'matrix.csv');
    const written = await quire(['training', 'matrix', t.vaultPath, '--csv', file], 'carol');
    expect(written.stderr).toBe('');
    expect(written.stdout).toMatch(/^Wrote .*matrix\.csv \(1 rows\)\./);
    expect(written.stdout).toMatch(/PACK\s+Packing\s+1\s+1\s+0\s+100%/);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ User: 'olga', 'Full name': 'Olga Operator', Jobs: 'PACK', Document: number, Title: 'Line clearance', Revision: 'A', Status: 'done' })]);
    expect(rows[0]!['Acknowledged at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('sets the days to train: an administrator’s vault setting', async () => {
    expect((await quire(['training', 'due-days', t.vaultPath, '21', '--reason', 'Three weeks.'], 'carol')).code).toBe(1);
    const set = await runQuire(['training', 'due-days', t.vaultPath, '21', '--reason', 'Three weeks.', '--as', 'admin'], { QUIRE_PASSWORD: 'Vault-keeper-2026' });
    expect(set.stdout).toBe('Training is due 21 days after it is assigned.\n');
  });
});
