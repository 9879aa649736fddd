import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { verifyWithCli } from '../../helpers/verify-cli';
import { expectStateProblem, tamperedCopy } from '../../helpers/insider-tampering';
import { approvedDocument, draftDocument } from '../../helpers/workflow';

// Finding 5: an insider with the closed vault file and the sqlite3 tool drops the triggers and changes
// the state directly, writing no audit event. Each change must be named by `quire verify`, because
// verify re-derives the state from the audit trail and reports the rows the trail does not explain.
describe('verify re-derives the state from the audit trail', () => {
  let t: TestVault;
  const ids = { amy: 0, lukasz: 0, effective: 0, draft: 0, draftContent: 0, otherContent: 0, quiz: 0, attempt: 0 };

  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'amy', 'rita', 'maria', 'carol', 'lukasz');
    const released = await approvedDocument(t, tokens.amy!, { reviewers: ['rita'], approvers: ['maria'] }, tokens, { text: 'Step 1: rinse the line twice.\n' });
    const draft = await draftDocument(t, tokens.amy!, { text: 'Step 1: a draft not yet routed.\n' });
    // Five wrong passwords lock Łukasz's account (audited: user.locked).
    for (let i = 0; i < 5; i++) await t.core.login('lukasz', 'Wrong-password-1').catch(() => undefined);
    // The release is the newest signature of the vault.
    await t.core.call(tokens.carol!, 'revisions.release', { number: released, password: userPassword });
    // A quiz on the revision in force, failed once by an operator: what lets them sign "read and understood".
    const quiz = { passMark: 100, questions: [{ question: 'How often is the line rinsed?', choices: ['Once', 'Twice'], answer: 1 }] };
    await t.core.call(tokens.carol!, 'training.setQuiz', { number: released, label: 'A', quiz });
    const olga = await t.addSignedInUser('olga', 'Olga Operator', ['reader']);
    await t.core.call(olga, 'training.answerQuiz', { number: released, answers: [0] });
    const db = t.core.vault.db;
    const one = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
    ids.amy = one("SELECT id FROM users WHERE username = 'amy'");
    ids.lukasz = one("SELECT id FROM users WHERE username = 'lukasz'");
    ids.effective = one("SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'effective'", released);
    ids.draft = one("SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'draft'", draft);
    ids.draftContent = one('SELECT content_id FROM revisions WHERE id = ?', ids.draft);
    ids.otherContent = one('SELECT content_id FROM revisions WHERE id = ?', ids.effective);
    expect(one('SELECT locked_at IS NOT NULL FROM users WHERE id = ?', ids.lukasz)).toBe(1);
    ids.quiz = one('SELECT id FROM training_quizzes');
    ids.attempt = one('SELECT id FROM training_quiz_attempts');
    t.core.close();
  }, 600_000);
  afterAll(() => t.cleanup());

  const tampered = (name: string, sql: string) => tamperedCopy(t.vaultPath, t.dir, name, sql);

  // Each case runs the real CLI in a child process; the machine may be shared.
  const cliTimeout = 120_000;

  it('passes the honest vault', async () => {
    const run = await verifyWithCli(t.vaultPath);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
  }, cliTimeout);

  it('names a role granted in user_roles without an audit event', async () => {
    const file = tampered('role-granted', `INSERT INTO user_roles (user_id, role) VALUES (${ids.amy}, 'approver');`);
    await expectStateProblem(file, /^user \d+ \(amy\)$/, /roles is \["approver","author"\] in the vault, but the audit trail says \["author"\]/);
  }, cliTimeout);

  it("names a draft whose state was set to effective", async () => {
    const file = tampered('draft-effective', `UPDATE revisions SET state = 'effective' WHERE id = ${ids.draft};`);
    await expectStateProblem(file, new RegExp(`\\(id ${ids.draft}\\)$`), /the state is "effective" in the vault, but the audit trail says "draft"/);
  }, cliTimeout);

  it("names a user whose password hash was replaced", async () => {
    const file = tampered('password-replaced', "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'admin') WHERE username = 'rita';");
    await expectStateProblem(file, /^user \d+ \(rita\)$/, /password hash is not the one the last password event recorded/);
  }, cliTimeout);

  it("names a draft whose content was swapped for other stored content before anyone signed it", async () => {
    const file = tampered('content-swapped', `UPDATE revisions SET content_id = ${ids.otherContent}, sha256 = (SELECT sha256 FROM contents WHERE id = ${ids.otherContent}) WHERE id = ${ids.draft};`);
    await expectStateProblem(file, new RegExp(`\\(id ${ids.draft}\\)$`), /content hash .* its content was swapped/);
  }, cliTimeout);

  it('names a locked account that was unlocked', async () => {
    const file = tampered('unlocked', `UPDATE users SET locked_at = NULL, failed_attempts = 0 WHERE id = ${ids.lukasz};`);
    await expectStateProblem(file, /^user \d+ \(lukasz\)$/, /locked is false in the vault, but the audit trail says true/);
  }, cliTimeout);

  it('names the newest release signature deleted (and its id handed back)', async () => {
    const file = tampered('release-deleted', `DELETE FROM signatures WHERE id = (SELECT max(id) FROM signatures) AND meaning = 'released';
      UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'signatures';`);
    expect(sqlite3Tool(file, `SELECT count(*) FROM signatures WHERE meaning = 'released';`)).toBe('0');
    await expectStateProblem(file, new RegExp(`\\(.*id ${ids.effective}\\)\\)$`), /released signature \d+ that audit event \d+ recorded .* is missing from the vault: it was deleted/);
  }, cliTimeout);

  it('names a revision whose state is not in the lifecycle at all (the table rebuilt without its check), instead of crashing', async () => {
    const file = tampered('state-unknown', `PRAGMA ignore_check_constraints = ON; UPDATE revisions SET state = 'waived' WHERE id = ${ids.draft};`);
    expect(sqlite3Tool(file, `SELECT state FROM revisions WHERE id = ${ids.draft};`)).toBe('waived');
    const run = await verifyWithCli(file);
    expect(run.stderr).not.toMatch(/TypeError|INTERNAL/);
    await expectStateProblem(file, new RegExp(`\\(id ${ids.draft}\\)$`), /the state "waived" is not a revision state Quire knows/);
  }, cliTimeout);

  it('names extracted text (what diff compares) edited in content_texts', async () => {
    const file = tampered('text-edited', `UPDATE content_texts SET pages = '["Step 1: skip the rinse."]' WHERE content_id = ${ids.draftContent};`);
    await expectStateProblem(file, new RegExp(`^extracted text of content ${ids.draftContent}$`), /no longer matches its recorded hash/);
  }, cliTimeout);

  it('names a failed quiz attempt turned into a pass (what lets a reader sign)', async () => {
    const file = tampered('attempt-passed', `UPDATE training_quiz_attempts SET passed = 1, score = 100 WHERE id = ${ids.attempt};`);
    await expectStateProblem(file, new RegExp(`^quiz attempt ${ids.attempt} \\(olga on quiz ${ids.quiz}\\)$`), /the score is 100 in the vault, but audit event \d+ says 0/);
    await expectStateProblem(file, /^quiz attempt /, /passed is true in the vault, but audit event \d+ says false/);
  }, cliTimeout);

  it('names a passing attempt added without an audit event', async () => {
    const file = tampered('attempt-added', `INSERT INTO training_quiz_attempts (quiz_id, user_id, answers_json, score, passed, attempted_at) SELECT quiz_id, user_id, '[1]', 100, 1, attempted_at FROM training_quiz_attempts WHERE id = ${ids.attempt};`);
    await expectStateProblem(file, /^quiz attempt \d+ \(olga on quiz \d+\)$/, /was not recorded by any audit event/);
  }, cliTimeout);

  it("names a quiz whose right answer was changed to the one the operator gave", async () => {
    const file = tampered('quiz-answer', `UPDATE training_quizzes SET quiz_json = json_set(quiz_json, '$.questions[0].answer', 0) WHERE id = ${ids.quiz};`);
    await expectStateProblem(file, new RegExp(`^quiz ${ids.quiz} \\(revision ${ids.effective}\\)$`), /its questions, choices or right answers in the vault are not the quiz audit event \d+ recorded/);
  }, cliTimeout);

  it('names a quiz deleted with its attempts (the reader then signs without one)', async () => {
    const file = tampered('quiz-deleted', `DELETE FROM training_quiz_attempts; DELETE FROM training_quizzes;`);
    await expectStateProblem(file, /^audit event \d+$/, new RegExp(`set quiz ${ids.quiz}, which is not in the vault`));
    await expectStateProblem(file, /^audit event \d+$/, /recorded a quiz attempt by olga that is not in the vault/);
  }, cliTimeout);

  it('keeps content_texts append-only', () => {
    const copy = path.join(t.dir, 'append-only.quire');
    copyFileSync(t.vaultPath, copy);
    expect(() => sqlite3Tool(copy, `UPDATE content_texts SET pages = '[]' WHERE content_id = ${ids.draftContent};`)).toThrow(/Extracted text never changes/);
    expect(() => sqlite3Tool(copy, `DELETE FROM content_texts WHERE content_id = ${ids.draftContent};`)).toThrow(/Extracted text is never deleted/);
  });
});
