import { useEffect, useState } from 'react';
import type { RevisionWithActs } from '../../../shared/contract';
import { revisionStateLabel } from '../../../shared/lifecycle';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { localTime } from '../../components/format';
import { ModalDialog } from '../../components/modal-dialog';
import { useLoad } from '../../components/use-load';
import { addChoice, addQuestion, blankQuiz, markRight, quizLimits, removeChoice, removeQuestion, setChoiceText, setQuestionText, type QuizDraft } from './quiz-draft';

interface QuizEditorDialogProps {
  number: string;
  /** The revisions that may carry a quiz, oldest first; the newest is edited first. */
  revisions: RevisionWithActs[];
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * Writes the multiple-choice quiz a reader passes before signing "read and understood": the questions, their
 * choices with the right one marked, and the pass mark. Opens the quiz already on the revision, if any; the
 * core keeps each version (audited) and later attempts are scored against the one saved last.
 */
export function QuizEditorDialog({ number, revisions, onSaved, onClose }: QuizEditorDialogProps) {
  const [label, setLabel] = useState(revisions[revisions.length - 1]!.label);
  const current = useLoad(() => call('training.quizOfRevision', { number, label }), [number, label]);
  const [draft, setDraft] = useState<QuizDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loaded = current.data?.revision === label ? current.data : undefined;
  // A revision chosen anew starts from its own quiz (or a blank one), never from the one left on screen.
  useEffect(() => {
    setDraft(loaded ? (loaded.quiz ?? blankQuiz()) : null);
  }, [loaded]);

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await call('training.setQuiz', { number, label, quiz: draft });
      onSaved(`Quiz saved on ${saved.document} revision ${saved.revision}: ${saved.questions} question${saved.questions === 1 ? '' : 's'}, pass mark ${saved.passMark}%.`);
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={`Read-and-understood quiz on ${number}`} submitLabel="Save the quiz" busy={busy} wide onClose={onClose} onSubmit={() => void save()} submitDisabled={!draft}>
      <label className="field">
        <span>Revision</span>
        <select value={label} onChange={(e) => setLabel(e.target.value)} disabled={busy}>
          {revisions.map((r) => (
            <option key={r.label} value={r.label}>
              {r.label} — {revisionStateLabel(r.state)}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage message={current.error} />
      {loaded && (
        <p className="muted small" data-testid="quiz-in-use">
          {loaded.quiz && loaded.setBy && loaded.setAt
            ? `In use: set by ${loaded.setBy.fullName} on ${localTime(loaded.setAt)}; ${loaded.attempts} attempt${loaded.attempts === 1 ? '' : 's'} so far. Saving a changed quiz keeps the earlier one in the audit trail; whoever has not yet signed takes the new one.`
            : 'No quiz on this revision yet: readers sign without one.'}
        </p>
      )}
      {draft && <QuizFields draft={draft} onChange={setDraft} disabled={busy} />}
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}

function QuizFields({ draft, onChange, disabled }: { draft: QuizDraft; onChange: (draft: QuizDraft) => void; disabled: boolean }) {
  return (
    <>
      <label className="field quiz-pass-mark">
        <span>Pass mark (% of questions answered right)</span>
        <input type="number" min={1} max={100} step={1} required value={draft.passMark} onChange={(e) => onChange({ ...draft, passMark: e.target.valueAsNumber })} disabled={disabled} />
      </label>
      {draft.questions.map((q, i) => (
        <fieldset key={i} className="quiz-question" aria-label={`Question ${i + 1}`}>
          <legend>Question {i + 1}</legend>
          <label className="field">
            <span>Question</span>
            <input type="text" value={q.question} maxLength={500} required onChange={(e) => onChange(setQuestionText(draft, i, e.target.value))} disabled={disabled} />
          </label>
          <p className="muted small">Choices: mark the right one.</p>
          {q.choices.map((choice, k) => (
            <div key={k} className="quiz-choice">
              <label className="check" title="The right answer">
                <input type="radio" name={`right-${i}`} checked={q.answer === k} onChange={() => onChange(markRight(draft, i, k))} disabled={disabled} aria-label={`Choice ${k + 1} is the right answer`} />
              </label>
              <input type="text" value={choice} maxLength={300} required aria-label={`Choice ${k + 1}`} onChange={(e) => onChange(setChoiceText(draft, i, k, e.target.value))} disabled={disabled} />
              <button type="button" onClick={() => onChange(removeChoice(draft, i, k))} disabled={disabled || q.choices.length <= quizLimits.minChoices} aria-label={`Remove choice ${k + 1}`}>
                ×
              </button>
            </div>
          ))}
          <div className="row-actions">
            <button type="button" onClick={() => onChange(addChoice(draft, i))} disabled={disabled || q.choices.length >= quizLimits.choices}>
              Add a choice
            </button>
            <button type="button" onClick={() => onChange(removeQuestion(draft, i))} disabled={disabled || draft.questions.length <= 1}>
              Remove this question
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange(addQuestion(draft))} disabled={disabled || draft.questions.length >= quizLimits.questions}>
        Add a question
      </button>
    </>
  );
}
