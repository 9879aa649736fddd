import { useState } from 'react';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';

/**
 * The quiz on the revision in force, inside the read-and-understood signature: the reader chooses one
 * answer per question and submits them; the core scores them (the right answers never come here) and
 * refuses the signature until a pass. Shows nothing when the revision has no quiz.
 */
export function TrainingQuizPanel({ number }: { number: string }) {
  const quiz = useLoad(() => call('training.quiz', { number }), [number]);
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const [result, setResult] = useState<{ score: number; passMark: number; passed: boolean; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (quiz.error) return <ErrorMessage message={quiz.error} />;
  const q = quiz.data;
  if (!q) return null;
  const passed = q.passed || result?.passed === true;
  const complete = q.questions.every((_, i) => answers[i] !== undefined);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('training.answerQuiz', { number, answers: answers as number[] }));
      setAnswers([]);
    } catch (e) {
      setError(errorSentence(e));
    }
    setBusy(false);
  };
  return (
    <section className="training-quiz" aria-labelledby="quiz-title">
      <h3 id="quiz-title">Quiz — pass mark {q.passMark}%</h3>
      {result && (
        <p role="status" className={result.passed ? 'success' : 'notice'} data-testid="quiz-result">
          You scored {result.score}% (pass mark {result.passMark}%, attempt {result.attempt}): {result.passed ? 'passed. You may sign now.' : 'not passed. Read the document again and try once more.'}
        </p>
      )}
      {passed && !result && <p className="success">You have passed this quiz. You may sign now.</p>}
      {!passed &&
        q.questions.map((question, i) => (
          <fieldset key={i} className="field">
            <legend>
              {i + 1}. {question.question}
            </legend>
            {question.choices.map((choice, k) => (
              <label key={k} className="check">
                <input type="radio" name={`quiz-${i}`} checked={answers[i] === k} onChange={() => setAnswers((list) => Object.assign([...list], { [i]: k }))} /> {choice}
              </label>
            ))}
          </fieldset>
        ))}
      {!passed && (
        <button type="button" onClick={() => void submit()} disabled={busy || !complete}>
          Submit answers
        </button>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
