import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../../shared/contract';
import { checkContentTexts } from './content-texts';
import { replayDocumentClauses } from './document-clauses';
import { replayRevisions } from './revisions';
import { StateProblems } from './state-problems';
import { replayUsers } from './users';
import { replayJobs } from './jobs';
import { replayQuizzes } from './quizzes';
import { replayChangeRequests } from './change-requests';
import { replayChangeImpacts } from './change-impacts';
import { replayDocumentLinks } from './document-links';
import { replayTrainingAssignments } from './training-assignments';

/** What the replay checked, and every row the audit trail does not explain (first found first). */
export interface StateReplay {
  users: number;
  revisions: number;
  texts: number;
  problems: VerifyProblem[];
}

/**
 * Re-derives the state that matters from the audit trail — users, roles, lock and disable flags, password
 * hashes and signing keys; revision states, content and effective dates; routes and tasks; signatures;
 * controlled copies; extracted text; clause mappings; job functions' people and documents; read-and-understood assignments; quizzes and their
 * attempts; change requests, impact assessments and links between documents — and names each row the trail does not explain. Streams everything.
 */
export function replayState(db: Database.Database): StateReplay {
  const problems = new StateProblems();
  const users = replayUsers(db, problems);
  const revisions = replayRevisions(db, users, problems);
  const texts = checkContentTexts(db, problems);
  replayDocumentClauses(db, problems);
  replayJobs(db, problems);
  replayQuizzes(db, problems);
  replayChangeRequests(db, problems);
  replayChangeImpacts(db, problems);
  replayDocumentLinks(db, problems);
  replayTrainingAssignments(db, problems);
  return { users: users.users, revisions, texts: texts.checked, problems: problems.list };
}
