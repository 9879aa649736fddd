import type Database from 'better-sqlite3';
import type { MethodResult, ParsedInput, Quiz } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { revisionMayCarryQuiz } from '../../../shared/lifecycle';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, requireRevisionByLabel, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { effectiveRevisionOf } from '../workflow/workflow-revision';

interface QuizRow {
  id: number;
  quiz_json: string;
  pass_mark: number;
}

/** The quiz in use on a revision: the last one set on it, or undefined. */
function currentQuiz(db: Database.Database, revisionId: number): (QuizRow & { quiz: Quiz }) | undefined {
  const row = statement<[number], QuizRow>(db, 'SELECT id, quiz_json, pass_mark FROM training_quizzes WHERE revision_id = ? ORDER BY id DESC LIMIT 1').get(revisionId);
  return row && { ...row, quiz: JSON.parse(row.quiz_json) as Quiz };
}

/** Attaches a quiz to a revision (replacing any earlier one for later attempts); audited with the quiz itself. */
export function setQuiz(ctx: CallContext, input: ParsedInput<'training.setQuiz'>): MethodResult<'training.setQuiz'> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const revision = requireRevisionByLabel(db, document, input.label);
  if (!revisionMayCarryQuiz(revision.state)) throw new QuireError('QUIZ_REVISION_CLOSED', { number: document.number, label: labelOf(revision), state: revision.state });
  return writeTransaction(ctx, () => {
    const id = statement(db, 'INSERT INTO training_quizzes (revision_id, quiz_json, pass_mark, set_by, set_at) VALUES (?, ?, ?, ?, ?)').run(revision.id, JSON.stringify(input.quiz), input.quiz.passMark, ctx.user.id, ctx.now().toISOString()).lastInsertRowid;
    appendAuditEvent(db, actorOf(ctx), { action: 'training.quiz_set', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), quizId: Number(id), quiz: input.quiz } }, ctx.now());
    return { document: document.number, revision: labelOf(revision), questions: input.quiz.questions.length, passMark: input.quiz.passMark };
  });
}

/** The quiz on any revision as the people who write quizzes see it: with the right answers, who set it and the attempts so far. */
export function quizOfRevision(ctx: CallContext, input: ParsedInput<'training.quizOfRevision'>): MethodResult<'training.quizOfRevision'> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const revision = requireRevisionByLabel(db, document, input.label);
  const quiz = currentQuiz(db, revision.id);
  const setter = quiz && statement<[number], { username: string; full_name: string; set_at: string }>(db, 'SELECT u.username, u.full_name, q.set_at FROM training_quizzes q JOIN users u ON u.id = q.set_by WHERE q.id = ?').get(quiz.id)!;
  const attempts = quiz ? statement<[number], { n: number }>(db, 'SELECT count(*) AS n FROM training_quiz_attempts WHERE quiz_id = ?').get(quiz.id)!.n : 0;
  return {
    document: document.number,
    revision: labelOf(revision),
    state: revision.state,
    mayChange: revisionMayCarryQuiz(revision.state),
    quiz: quiz ? quiz.quiz : null,
    setBy: setter ? { username: setter.username, fullName: setter.full_name } : null,
    setAt: setter ? setter.set_at : null,
    attempts,
  };
}

function attemptsOf(db: Database.Database, quizId: number, userId: number): { attempts: number; passed: boolean } {
  const row = statement<[number, number], { attempts: number; passed: number | null }>(db, 'SELECT count(*) AS attempts, max(passed) AS passed FROM training_quiz_attempts WHERE quiz_id = ? AND user_id = ?').get(quizId, userId)!;
  return { attempts: row.attempts, passed: row.passed === 1 };
}

/** The quiz on the revision in force as the reader sees it: questions and choices, never the right answers. */
export function quizForReader(ctx: CallContext, number: string): MethodResult<'training.quiz'> {
  const { document, revision } = effectiveRevisionOf(ctx.vault.db, number);
  const quiz = currentQuiz(ctx.vault.db, revision.id);
  if (!quiz) return null;
  const questions = quiz.quiz.questions.map((q) => ({ question: q.question, choices: q.choices }));
  return { document: document.number, revision: labelOf(revision), passMark: quiz.pass_mark, questions, ...attemptsOf(ctx.vault.db, quiz.id, ctx.user.id) };
}

/** Scores the caller's answers to the quiz on the revision in force and records the attempt, audited. */
export function answerQuiz(ctx: CallContext, input: ParsedInput<'training.answerQuiz'>): MethodResult<'training.answerQuiz'> {
  const db = ctx.vault.db;
  const { document, revision } = effectiveRevisionOf(db, input.number);
  const label = labelOf(revision);
  const quiz = currentQuiz(db, revision.id);
  if (!quiz) throw new QuireError('QUIZ_NOT_FOUND', { number: document.number, label });
  const { questions } = quiz.quiz;
  if (input.answers.length !== questions.length || input.answers.some((a, i) => a >= questions[i]!.choices.length)) {
    throw new QuireError('QUIZ_ANSWERS_INVALID', { number: document.number, label, questions: questions.length });
  }
  const right = input.answers.filter((a, i) => a === questions[i]!.answer).length;
  const score = Math.round((100 * right) / questions.length);
  const passed = score >= quiz.pass_mark;
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    statement(db, 'INSERT INTO training_quiz_attempts (quiz_id, user_id, answers_json, score, passed, attempted_at) VALUES (?, ?, ?, ?, ?, ?)').run(quiz.id, ctx.user.id, JSON.stringify(input.answers), score, passed ? 1 : 0, now.toISOString());
    const { attempts } = attemptsOf(db, quiz.id, ctx.user.id);
    appendAuditEvent(db, actorOf(ctx), { action: 'training.quiz_answered', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label, quizId: quiz.id, answers: input.answers, score, passMark: quiz.pass_mark, passed, attempt: attempts } }, now);
    return { document: document.number, revision: label, score, passMark: quiz.pass_mark, passed, attempt: attempts };
  });
}

/** Refuses a read-and-understood acknowledgement while the revision's quiz is not passed by the signer. */
export function assertQuizPassed(db: Database.Database, document: DocumentRow, revision: RevisionRow, user: { id: number; username: string }): void {
  const quiz = currentQuiz(db, revision.id);
  if (quiz && !attemptsOf(db, quiz.id, user.id).passed) {
    throw new QuireError('QUIZ_NOT_PASSED', { username: user.username, number: document.number, label: labelOf(revision), passMark: quiz.pass_mark });
  }
}
