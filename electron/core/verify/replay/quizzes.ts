import type Database from 'better-sqlite3';
import { canonicalJson, type CanonicalJsonValue } from '../../signatures/canonical-json';
import type { StateProblems } from './state-problems';
import { integerField, trailEventsOf, type TrailEvent } from './trail-events';

interface QuizRow {
  id: number;
  revision_id: number;
  quiz_json: string;
  pass_mark: number;
  set_by: number;
}

interface AttemptRow {
  id: number;
  quiz_id: number;
  user_id: number;
  username: string | null;
  answers_json: string;
  score: number;
  passed: number;
}

/** The same JSON, whatever the order of its keys; unreadable JSON compares as itself. */
function sameJson(stored: string, inTrail: unknown): boolean {
  try {
    return canonicalJson(JSON.parse(stored) as CanonicalJsonValue) === canonicalJson((inTrail ?? null) as CanonicalJsonValue);
  } catch {
    return false;
  }
}

const attemptKey = (quizId: number, userId: number) => `${quizId}:${userId}`;

/**
 * Holds the quizzes and their attempts to the trail: each training_quizzes row must be the quiz its
 * training.quiz_set event recorded (revision, writer, questions, right answers, pass mark), and each
 * user's attempts on a quiz, in order, the answers, score and pass of their training.quiz_answered events.
 * A passed attempt lets a reader sign "read and understood", so an attempt the trail does not explain is
 * named. Returns how many quizzes were checked.
 */
export function replayQuizzes(db: Database.Database, problems: StateProblems): number {
  const setEvents = new Map<number, TrailEvent>();
  const answerEvents = new Map<string, TrailEvent[]>();
  for (const event of trailEventsOf(db, 'revision', ['training.quiz_set', 'training.quiz_answered'])) {
    const quizId = integerField(event.value, 'quizId');
    if (quizId === undefined) continue;
    if (event.action === 'training.quiz_set') setEvents.set(quizId, event);
    if (event.action === 'training.quiz_answered' && event.userId !== null) {
      const key = attemptKey(quizId, event.userId);
      answerEvents.set(key, [...(answerEvents.get(key) ?? []), event]);
    }
  }

  let quizzes = 0;
  for (const row of db.prepare('SELECT id, revision_id, quiz_json, pass_mark, set_by FROM training_quizzes ORDER BY id').iterate() as IterableIterator<QuizRow>) {
    quizzes += 1;
    const where = `quiz ${row.id} (revision ${row.revision_id})`;
    const event = setEvents.get(row.id);
    setEvents.delete(row.id);
    if (!event) {
      problems.add(where, `${where} was not set by any audit event.`);
      continue;
    }
    const quiz = event.value.quiz as { passMark?: unknown } | undefined;
    if (event.entityId !== row.revision_id) problems.add(where, `${where} is on revision ${row.revision_id} in the vault, but the audit trail says revision ${event.entityId}.`);
    if (event.userId !== row.set_by) problems.add(where, `${where} was set by user ${row.set_by} in the vault, but the audit trail says user ${event.userId}.`);
    if (!sameJson(row.quiz_json, quiz)) problems.add(where, `${where}: its questions, choices or right answers in the vault are not the quiz audit event ${event.id} recorded.`);
    if (quiz?.passMark !== row.pass_mark) problems.add(where, `${where}: the pass mark is ${row.pass_mark} in the vault, but the audit trail says ${JSON.stringify(quiz?.passMark)}.`);
  }
  for (const [quizId, event] of setEvents) problems.add(`audit event ${event.id}`, `Audit event ${event.id} set quiz ${quizId}, which is not in the vault.`);

  const attempts = db.prepare('SELECT a.id, a.quiz_id, a.user_id, u.username, a.answers_json, a.score, a.passed FROM training_quiz_attempts a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id').iterate() as IterableIterator<AttemptRow>;
  for (const row of attempts) {
    const where = `quiz attempt ${row.id} (${row.username ?? `user ${row.user_id}`} on quiz ${row.quiz_id})`;
    const event = answerEvents.get(attemptKey(row.quiz_id, row.user_id))?.shift();
    if (!event) {
      problems.add(where, `${where} was not recorded by any audit event.`);
      continue;
    }
    const differs = (what: string, inRow: unknown, inTrail: unknown) => problems.add(where, `${where}: ${what} is ${JSON.stringify(inRow)} in the vault, but audit event ${event.id} says ${JSON.stringify(inTrail)}.`);
    if (!sameJson(row.answers_json, event.value.answers)) differs('the answers', row.answers_json, event.value.answers);
    if (row.score !== event.value.score) differs('the score', row.score, event.value.score);
    if ((row.passed === 1) !== event.value.passed) differs('passed', row.passed === 1, event.value.passed);
  }
  for (const events of answerEvents.values()) for (const event of events) problems.add(`audit event ${event.id}`, `Audit event ${event.id} recorded a quiz attempt by ${event.username ?? 'nobody'} that is not in the vault.`);
  return quizzes;
}
