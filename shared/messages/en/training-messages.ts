import type { trainingErrorCodes } from '../../errors/training-error-codes';
import type { SentencesFor } from '../message-catalogue';
import { stateWords } from './english-words';

export const trainingMessages: SentencesFor<typeof trainingErrorCodes> = {
  JOB_NOT_FOUND: ({ code }) => `There is no job function ${code}. Check the code, or create the job first.`,
  JOB_EXISTS: ({ code }) => `A job function ${code} exists already. Choose another code, or change the people and documents of that one.`,
  QUIZ_REVISION_CLOSED: ({ number, label, state }) => `${number} ${label} is ${stateWords(state)}: a quiz can be set only on a revision still to come or in force.`,
  QUIZ_NOT_FOUND: ({ number, label }) => `${number} ${label} has no quiz to answer.`,
  QUIZ_ANSWERS_INVALID: ({ number, label, questions }) => `The answers do not fit the quiz on ${number} ${label}: choose one answer for each of its ${questions} questions.`,
  QUIZ_NOT_PASSED: ({ username, number, label, passMark }) =>
    `${username} has not passed the quiz on ${number} ${label} yet (pass mark ${passMark}%). Take the quiz first, then sign that you read and understood it.`,
};
