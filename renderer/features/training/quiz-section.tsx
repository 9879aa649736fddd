import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { revisionMayCarryQuiz } from '../../../shared/lifecycle';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { QuizEditorDialog } from './quiz-editor-dialog';

/**
 * For those who write quizzes: the read-and-understood quiz on the newest revision that may carry one
 * (the one readers will sign next), and the editor. Nothing when no revision may carry a quiz.
 */
export function QuizSection({ document: d }: { document: DocumentDetail }) {
  const candidates = d.revisions.filter((r) => revisionMayCarryQuiz(r.state));
  const newest = candidates[candidates.length - 1];
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const quiz = useLoad(() => (newest ? call('training.quizOfRevision', { number: d.number, label: newest.label }) : Promise.resolve(null)), [d.number, newest?.label]);
  if (!newest) return null;
  const q = quiz.data;
  return (
    <section aria-labelledby="quiz-section-title">
      <h2 id="quiz-section-title">Read-and-understood quiz</h2>
      {saved && (
        <p className="success" role="status">
          {saved}
        </p>
      )}
      <ErrorMessage message={quiz.error} />
      {q && (
        <p data-testid="quiz-summary">
          Revision <span className="mono">{q.revision}</span>:{' '}
          {q.quiz ? `${q.quiz.questions.length} question${q.quiz.questions.length === 1 ? '' : 's'}, pass mark ${q.quiz.passMark}%, ${q.attempts} attempt${q.attempts === 1 ? '' : 's'} so far.` : 'no quiz; readers sign without one.'}
        </p>
      )}
      <button type="button" onClick={() => setOpen(true)}>
        {q?.quiz ? 'Change the quiz…' : 'Write a quiz…'}
      </button>
      {open && (
        <QuizEditorDialog
          number={d.number}
          revisions={candidates}
          onSaved={(message) => {
            setSaved(message);
            quiz.reload();
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
