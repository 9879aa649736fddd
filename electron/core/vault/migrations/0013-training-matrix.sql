-- Quire vault schema 13: the training matrix. Job functions name the people who do a job and the
-- documents that job requires; read-and-understood assignments made because of a job remember which
-- jobs required them, so leaving a job closes only what no other job (nor a direct assignment) still
-- requires. Quizzes on a revision gate its acknowledgement; every attempt is kept.

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE job_members (
  job_id INTEGER NOT NULL REFERENCES jobs(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  added_by INTEGER NOT NULL REFERENCES users(id),
  added_at TEXT NOT NULL,
  PRIMARY KEY (job_id, user_id)
) STRICT;
CREATE INDEX job_members_by_user ON job_members (user_id, job_id);

CREATE TABLE job_documents (
  job_id INTEGER NOT NULL REFERENCES jobs(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  added_by INTEGER NOT NULL REFERENCES users(id),
  added_at TEXT NOT NULL,
  PRIMARY KEY (job_id, document_id)
) STRICT;
CREATE INDEX job_documents_by_document ON job_documents (document_id, job_id);

-- 1: the assignment exists only because jobs required it (named in training_assignment_jobs); 0: it
-- was also assigned directly (by user or role), so no change of job closes it. Older rows are direct.
ALTER TABLE training_assignments ADD COLUMN by_job INTEGER NOT NULL DEFAULT 0 CHECK (by_job IN (0, 1));

CREATE TABLE training_assignment_jobs (
  assignment_id INTEGER NOT NULL REFERENCES training_assignments(id),
  job_id INTEGER NOT NULL REFERENCES jobs(id),
  PRIMARY KEY (assignment_id, job_id)
) STRICT;
CREATE INDEX training_assignment_jobs_by_job ON training_assignment_jobs (job_id, assignment_id);

-- A short multiple-choice quiz on a revision; a later row replaces an earlier one for new attempts.
CREATE TABLE training_quizzes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  quiz_json TEXT NOT NULL,
  pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
  set_by INTEGER NOT NULL REFERENCES users(id),
  set_at TEXT NOT NULL
) STRICT;
CREATE INDEX training_quizzes_by_revision ON training_quizzes (revision_id, id);

CREATE TABLE training_quiz_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  quiz_id INTEGER NOT NULL REFERENCES training_quizzes(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  answers_json TEXT NOT NULL,
  score INTEGER NOT NULL,
  passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
  attempted_at TEXT NOT NULL
) STRICT;
CREATE INDEX training_quiz_attempts_by_user ON training_quiz_attempts (user_id, quiz_id);
