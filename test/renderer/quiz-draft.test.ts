import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../shared/contract';
import { addChoice, addQuestion, blankQuiz, markRight, quizLimits, removeChoice, removeQuestion, setChoiceText, setQuestionText } from '../../renderer/features/training/quiz-draft';

describe('the quiz being written in the editor', () => {
  it('keeps the right answer on the same choice when another is removed, and on the first when it is', () => {
    let draft = setQuestionText(blankQuiz(), 0, 'Who signs the clearance?');
    draft = addChoice(draft, 0);
    for (const [k, text] of ['Operator', 'Shift leader', 'Nobody'].entries()) draft = setChoiceText(draft, 0, k, text);
    draft = markRight(draft, 0, 2);
    draft = removeChoice(draft, 0, 0);
    expect(draft.questions[0]).toEqual({ question: 'Who signs the clearance?', choices: ['Shift leader', 'Nobody'], answer: 1 });
    draft = addChoice(draft, 0);
    draft = removeChoice(draft, 0, 1);
    expect(draft.questions[0]).toMatchObject({ choices: ['Shift leader', ''], answer: 0 });
    expect(quizSchema.safeParse(setChoiceText(draft, 0, 1, 'The operator')).success).toBe(true);
  });

  it('stays within the limits the core accepts: 1 to 20 questions, 2 to 8 choices', () => {
    let draft = blankQuiz();
    expect(removeQuestion(draft, 0)).toBe(draft);
    expect(removeChoice(draft, 0, 1)).toEqual(draft);
    for (let i = 0; i < 30; i++) draft = addQuestion(addChoice(draft, 0));
    expect(draft.questions).toHaveLength(quizLimits.questions);
    expect(draft.questions[0]!.choices).toHaveLength(quizLimits.choices);
    expect(removeQuestion(draft, 3).questions).toHaveLength(quizLimits.questions - 1);
  });
});
