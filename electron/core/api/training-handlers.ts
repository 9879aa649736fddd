import { addJob, changeJobDocuments, changeJobPeople } from '../training/job-functions';
import { listJobs } from '../training/job-records';
import { answerQuiz, quizForReader, quizOfRevision, setQuiz } from '../training/training-quiz';
import { trainingMatrix } from '../training/training-matrix';
import { localDate } from '../workflow/calendar-dates';
import type { HandlerTable } from './handler-table';

export const trainingHandlers: HandlerTable<'jobs.list' | 'jobs.add' | 'jobs.people' | 'jobs.documents' | 'training.setQuiz' | 'training.quizOfRevision' | 'training.quiz' | 'training.answerQuiz' | 'training.matrix'> = {
  'jobs.list': (ctx) => listJobs(ctx.vault.db),
  'jobs.add': (ctx, input) => addJob(ctx, input),
  'jobs.people': (ctx, input) => changeJobPeople(ctx, input),
  'jobs.documents': (ctx, input) => changeJobDocuments(ctx, input),
  'training.setQuiz': (ctx, input) => setQuiz(ctx, input),
  'training.quizOfRevision': (ctx, input) => quizOfRevision(ctx, input),
  'training.quiz': (ctx, input) => quizForReader(ctx, input.number),
  'training.answerQuiz': (ctx, input) => answerQuiz(ctx, input),
  'training.matrix': (ctx, input) => trainingMatrix(ctx.vault.db, localDate(ctx.now()), input.job),
};
