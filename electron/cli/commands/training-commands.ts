import { readFileSync, writeFileSync } from 'node:fs';
import type { Job, MatrixRow, TrainingMatrix } from '../../../shared/contract';
import { commaList, optionalText, positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { usageError } from '../cli-usage-error';

// The training matrix from the command line: job functions, quizzes, and the matrix itself.

const addUsage = 'job add <vault> <code> --name <name> --as <user>';
const peopleUsage = 'job people <vault> <code> (--add|--remove) <u,…> --as <user>';
const docsUsage = 'job docs <vault> <code> (--add|--remove) <n,…> --as <user>';
const quizUsage = 'training quiz <vault> <number> <revision> --file <quiz.json> --as <user>';
const answerUsage = 'training answer <vault> <number> [--answers <choice,…>] --as <user>';
const matrixUsage = 'training matrix <vault> [--job <code>] [--csv <file>] --as <user>';
const dueDaysUsage = 'training due-days <vault> <days> --reason <text> --as <user>';

/** --add or --remove (exactly one), with its comma-separated list. */
function addOrRemove(values: Record<string, string | boolean | undefined>, usage: string): { change: 'add' | 'remove'; list: string[] } {
  const add = commaList(values.add);
  const remove = commaList(values.remove);
  if ((add === undefined) === (remove === undefined) || (add ?? remove)!.length === 0) throw usageError({ problem: 'one-of', fields: ['add', 'remove'] }, usage);
  return add ? { change: 'add', list: add } : { change: 'remove', list: remove! };
}

const jobLine = (j: Job) => `${j.code} ${j.name}: ${j.people.map((p) => p.username).join(', ') || 'nobody'}; requires ${j.documents.map((d) => d.number).join(', ') || 'nothing'}`;
const changeLine = (j: Job & { changed: string[]; assigned: number; closed: number }) =>
  `${jobLine(j)}\nChanged: ${j.changed.join(', ') || 'nothing'}; ${j.assigned} assignment(s) made, ${j.closed} closed.`;

/** `job people` and `job docs`: --add or --remove a list, then say what changed. */
function jobChangeCommand(word: 'people' | 'docs', usage: string, summary: string) {
  return defineCommand({
    words: ['job', word],
    usage,
    summary,
    options: { add: { type: 'string' }, remove: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const job = positional(positionals, 1, 'job', usage);
      const { change, list } = addOrRemove(values, usage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return word === 'people' ? core.call(token, 'jobs.people', { job, change, users: list }) : core.call(token, 'jobs.documents', { job, change, numbers: list });
    },
    text: changeLine,
  });
}

const percent = (p: number | null) => (p === null ? '—' : `${p}%`);
const matrixText = (m: TrainingMatrix & { csv?: string }) =>
  [
    m.csv ? `Wrote ${m.csv} (${m.rows.length} rows).` : formatTable(['status', 'user', 'document', 'rev', 'jobs', 'due', 'acknowledged'], m.rows.map((r: MatrixRow) => [r.status.toUpperCase(), r.user, r.document, r.revision, r.jobs.join(', '), r.dueDate, r.acknowledgedAt?.slice(0, 10) ?? null])),
    formatTable(['job', 'name', 'required', 'done', 'overdue', 'compliance'], m.jobs.map((j) => [j.code, j.name, j.compliance.required, j.compliance.done, j.compliance.overdue, percent(j.compliance.percent)])),
    formatTable(['document', 'title', 'rev', 'required', 'done', 'overdue', 'compliance'], m.documents.map((d) => [d.number, d.title, d.revision, d.compliance.required, d.compliance.done, d.compliance.overdue, percent(d.compliance.percent)])),
  ].join('\n\n');

export const trainingCommands = [
  defineCommand({
    words: ['job', 'add'],
    usage: addUsage,
    summary: 'Create a job function (controllers and administrators).',
    options: { name: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const job = positional(positionals, 1, 'job', addUsage);
      const name = optionalText(values.name);
      if (name === undefined) throw usageError({ field: 'name', problem: 'required' }, addUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'jobs.add', { job, name });
    },
    text: jobLine,
  }),
  jobChangeCommand('people', peopleUsage, 'Add people to a job (they are assigned its documents) or remove them (their open training from it is closed).'),
  jobChangeCommand('docs', docsUsage, 'Add documents a job requires (its people are assigned them) or remove them.'),
  defineCommand({
    words: ['job', 'list'],
    usage: 'job list <vault> --as <user>',
    summary: 'The job functions, their people and the documents they require.',
    options: {},
    async run({ signedIn }) {
      const { core, token } = await signedIn();
      return core.call(token, 'jobs.list', {});
    },
    text: (jobs) => (jobs.length === 0 ? 'No job functions yet.' : jobs.map(jobLine).join('\n')),
  }),
  defineCommand({
    words: ['training', 'quiz'],
    usage: quizUsage,
    summary: 'Attach a multiple-choice quiz (JSON: passMark, questions with choices and the answer counted from 0) to a revision.',
    options: { file: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', quizUsage);
      const label = positional(positionals, 2, 'label', quizUsage);
      const file = optionalText(values.file);
      if (file === undefined) throw usageError({ field: 'file', problem: 'required' }, quizUsage);
      let quiz: unknown;
      try {
        quiz = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        throw usageError({ field: 'quiz', problem: 'format' }, quizUsage, '--file');
      }
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'training.setQuiz', { number, label, quiz: quiz as never });
    },
    text: (r) => `Quiz set on ${r.document} ${r.revision}: ${r.questions} question(s), pass mark ${r.passMark}%.`,
  }),
  defineCommand({
    words: ['training', 'answer'],
    usage: answerUsage,
    summary: 'Without --answers: the quiz on the revision in force (choices numbered from 1). With them: answer it.',
    options: { answers: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', answerUsage);
      const answers = commaList(values.answers);
      const { core, token } = await signedIn({ applyDueReleases: answers !== undefined });
      if (answers === undefined) return core.call(token, 'training.quiz', { number });
      const chosen = answers.map((a) => Number(a) - 1);
      if (chosen.some((a) => !Number.isInteger(a) || a < 0)) throw usageError({ field: 'answers', problem: 'whole-number' }, answerUsage);
      return core.call(token, 'training.answerQuiz', { number, answers: chosen });
    },
    text: (r) => {
      if (r === null) return 'There is no quiz on the revision in force.';
      if ('score' in r) return `${r.document} ${r.revision}: ${r.score}% (pass mark ${r.passMark}%) — ${r.passed ? 'passed' : 'not passed'} at attempt ${r.attempt}.`;
      const questions = r.questions.map((q, i) => [`${i + 1}. ${q.question}`, ...q.choices.map((c, k) => `   ${k + 1}) ${c}`)].join('\n'));
      return [`Quiz on ${r.document} ${r.revision} (pass mark ${r.passMark}%; ${r.attempts} attempt(s), ${r.passed ? 'passed' : 'not passed yet'}):`, ...questions].join('\n');
    },
  }),
  defineCommand({
    words: ['training', 'matrix'],
    usage: matrixUsage,
    summary: 'People × documents with the status of each one’s training, overdue first, and compliance per job and per document.',
    options: { job: { type: 'string' }, csv: { type: 'string' } },
    async run({ signedIn, values }) {
      const { core, token } = await signedIn();
      const matrix = await core.call(token, 'training.matrix', { job: optionalText(values.job) });
      const csv = optionalText(values.csv);
      if (csv === undefined) return matrix;
      const { trainingMatrixCsv } = await import('../../core/training/training-matrix-csv');
      writeFileSync(csv, trainingMatrixCsv(matrix.rows));
      return { ...matrix, csv };
    },
    text: matrixText,
  }),
  defineCommand({
    words: ['training', 'due-days'],
    usage: dueDaysUsage,
    summary: 'How many days people have to read and understand what their job requires (a vault setting, audited).',
    options: { reason: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const days = Number(positional(positionals, 1, 'trainingDueDays', dueDaysUsage));
      if (!Number.isInteger(days)) throw usageError({ field: 'trainingDueDays', problem: 'whole-number' }, dueDaysUsage);
      const reason = optionalText(values.reason);
      if (reason === undefined) throw usageError({ field: 'reason', problem: 'required' }, dueDaysUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'vault.updateSettings', { trainingDueDays: days, reason });
    },
    text: (s) => `Training is due ${s.trainingDueDays} days after it is assigned.`,
  }),
];
