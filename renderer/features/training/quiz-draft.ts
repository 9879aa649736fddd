import type { Quiz } from '../../../shared/contract';

// The quiz being written in the editor, and the edits it allows: always between 1 and 20 questions, each
// with 2 to 8 choices and exactly one of them marked right (the limits of the contract's quizSchema).

export type QuizDraft = Quiz;
type Question = Quiz['questions'][number];

export const quizLimits = { questions: 20, choices: 8, minChoices: 2 } as const;

const blankQuestion = (): Question => ({ question: '', choices: ['', ''], answer: 0 });

/** A new quiz: one question with two empty choices, pass mark 80%. */
export function blankQuiz(): QuizDraft {
  return { passMark: 80, questions: [blankQuestion()] };
}

function withQuestion(draft: QuizDraft, index: number, change: (q: Question) => Question): QuizDraft {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? change(q) : q)) };
}

export function addQuestion(draft: QuizDraft): QuizDraft {
  if (draft.questions.length >= quizLimits.questions) return draft;
  return { ...draft, questions: [...draft.questions, blankQuestion()] };
}

export function removeQuestion(draft: QuizDraft, index: number): QuizDraft {
  if (draft.questions.length <= 1) return draft;
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

export function setQuestionText(draft: QuizDraft, index: number, text: string): QuizDraft {
  return withQuestion(draft, index, (q) => ({ ...q, question: text }));
}

export function setChoiceText(draft: QuizDraft, index: number, choice: number, text: string): QuizDraft {
  return withQuestion(draft, index, (q) => ({ ...q, choices: q.choices.map((c, k) => (k === choice ? text : c)) }));
}

export function markRight(draft: QuizDraft, index: number, choice: number): QuizDraft {
  return withQuestion(draft, index, (q) => ({ ...q, answer: choice }));
}

export function addChoice(draft: QuizDraft, index: number): QuizDraft {
  return withQuestion(draft, index, (q) => (q.choices.length >= quizLimits.choices ? q : { ...q, choices: [...q.choices, ''] }));
}

/** Removes a choice; the right answer stays on the same choice (or moves to the first when it was the one removed). */
export function removeChoice(draft: QuizDraft, index: number, choice: number): QuizDraft {
  return withQuestion(draft, index, (q) => {
    if (q.choices.length <= quizLimits.minChoices) return q;
    const answer = q.answer === choice ? 0 : q.answer > choice ? q.answer - 1 : q.answer;
    return { ...q, choices: q.choices.filter((_, k) => k !== choice), answer };
  });
}
