import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { approvedDocument, auditEventsAfter, draftDocument, expectRefusal, lastAuditEventId } from '../../helpers/workflow';

// Issue 13 item 4: a controller attaches a short multiple-choice quiz with a pass mark to a revision;
// the reader's acknowledgement is refused until they pass it, and the right answers never reach them.
describe('a quiz before the read-and-understood signature', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  let number: string;
  const quiz = {
    passMark: 60,
    questions: [
      { question: 'Who signs the line clearance?', choices: ['The operator', 'The shift leader', 'Nobody'], answer: 1 },
      { question: 'When is the line cleared?', choices: ['Before each batch', 'Once a week'], answer: 0 },
      { question: 'Where is the record kept?', choices: ['In the batch record', 'On a sticky note', 'Nowhere'], answer: 0 },
    ],
  };

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.olga = await t.addSignedInUser('olga', 'Olga Operator', ['reader']);
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
  }, 600_000);
  afterAll(() => t.cleanup());

  it('lets a controller attach a quiz to the approved revision, audited with the quiz, and refuses anyone else', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.olga!, 'training.setQuiz', { number, label: 'A', quiz }), 'PERMISSION_DENIED');
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'training.setQuiz', { number, label: 'A', quiz }), 'PERMISSION_DENIED');
    const bad = { ...quiz, questions: [{ question: 'Which?', choices: ['One', 'Two'], answer: 2 }] };
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.setQuiz', { number, label: 'A', quiz: bad }), 'INVALID_INPUT');
    const before = lastAuditEventId(t.core.vault.db);
    expect(await t.core.call(tokens.carol!, 'training.setQuiz', { number, label: 'A', quiz })).toEqual({ document: number, revision: 'A', questions: 3, passMark: 60 });
    expect(auditEventsAfter(t.core.vault.db, before)).toEqual([expect.objectContaining({ action: 'training.quiz_set', username: 'carol', newValue: expect.objectContaining({ label: 'A', quiz }) })]);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    await t.core.call(tokens.carol!, 'training.assign', { number, users: ['olga'] });
  });

  it('shows the reader the questions and choices, never the right answers', async () => {
    const shown = await t.core.call(tokens.olga!, 'training.quiz', { number });
    expect(shown).toEqual({ document: number, revision: 'A', passMark: 60, attempts: 0, passed: false, questions: quiz.questions.map(({ question, choices }) => ({ question, choices })) });
    expect(JSON.stringify(shown)).not.toMatch(/answer/);
  });

  it('refuses the acknowledgement until the quiz is passed; a failed attempt is scored, recorded and audited', async () => {
    await viewRevision(t.core, tokens.olga!, number, 'effective');
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.olga!, 'training.acknowledge', { number, password: userPassword }), 'QUIZ_NOT_PASSED', /pass mark 60%/);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.olga!, 'training.answerQuiz', { number, answers: [1, 0] }), 'QUIZ_ANSWERS_INVALID');
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.olga!, 'training.answerQuiz', { number, answers: [1, 0, 3] }), 'QUIZ_ANSWERS_INVALID');
    const before = lastAuditEventId(t.core.vault.db);
    const failed = await t.core.call(tokens.olga!, 'training.answerQuiz', { number, answers: [0, 0, 1] });
    expect(failed).toEqual({ document: number, revision: 'A', score: 33, passMark: 60, passed: false, attempt: 1 });
    expect(JSON.stringify(failed)).not.toMatch(/answer/);
    expect(auditEventsAfter(t.core.vault.db, before)).toEqual([expect.objectContaining({ action: 'training.quiz_answered', username: 'olga', newValue: expect.objectContaining({ answers: [0, 0, 1], score: 33, passed: false, attempt: 1 }) })]);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.olga!, 'training.acknowledge', { number, password: userPassword }), 'QUIZ_NOT_PASSED');
  });

  it('allows the signature once the quiz is passed', async () => {
    expect(await t.core.call(tokens.olga!, 'training.answerQuiz', { number, answers: [1, 0, 1] })).toMatchObject({ score: 67, passed: true, attempt: 2 });
    expect(await t.core.call(tokens.olga!, 'training.quiz', { number })).toMatchObject({ attempts: 2, passed: true });
    expect(await t.core.call(tokens.olga!, 'training.acknowledge', { number, password: userPassword })).toMatchObject({ meaning: 'read-and-understood', signer: { username: 'olga' } });
    const attempts = t.core.vault.db.prepare('SELECT score, passed FROM training_quiz_attempts ORDER BY id').all();
    expect(attempts).toEqual([{ score: 33, passed: 0 }, { score: 67, passed: 1 }]);
  });

  it('keeps a quiz off a cancelled revision', async () => {
    const other = await draftDocument(t, tokens.arun!);
    await t.core.call(tokens.arun!, 'revisions.cancel', { number: other, reason: 'Not needed after all.' });
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.setQuiz', { number: other, label: 'A.1', quiz }), 'QUIZ_REVISION_CLOSED', /cancelled/);
    expect(await t.core.call(tokens.carol!, 'training.quizOfRevision', { number: other, label: 'A.1' })).toEqual({ document: other, revision: 'A.1', state: 'cancelled', mayChange: false, quiz: null, setBy: null, setAt: null, attempts: 0 });
  });

  it('gives the quiz with its right answers to those who write quizzes (for the editor), and to nobody else', async () => {
    const written = await t.core.call(tokens.carol!, 'training.quizOfRevision', { number, label: 'A' });
    expect(written).toEqual({ document: number, revision: 'A', state: 'effective', mayChange: true, quiz, setBy: { username: 'carol', fullName: expect.any(String) }, setAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), attempts: 2 });
    for (const who of ['olga', 'arun', 'rita']) await expectRefusal(t.core.vault.db, () => t.core.call(tokens[who]!, 'training.quizOfRevision', { number, label: 'A' }), 'PERMISSION_DENIED');
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.quizOfRevision', { number, label: 'Z' }), 'REVISION_NOT_FOUND');
    const draft = await draftDocument(t, tokens.arun!);
    expect(await t.core.call(tokens.carol!, 'training.quizOfRevision', { number: draft, label: 'A.1' })).toMatchObject({ state: 'draft', mayChange: true, quiz: null, attempts: 0 });
  });
});
