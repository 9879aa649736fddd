import { useState } from 'react';
import { call, errorSentence } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';

/** The clauses of ISO 9001:2015 a document answers; controllers add and remove them. */
export function DocumentClausesPanel({ number }: { number: string }) {
  const session = useSession();
  const canEdit = session.can('documents.edit');
  const loaded = useLoad(async () => {
    const [mapped, standards] = await Promise.all([call('documents.clauses', { number }), canEdit ? call('standards.list', {}) : Promise.resolve([])]);
    return { mapped, standard: standards.find((s) => s.id === mapped.standard) };
  }, [number, canEdit]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const change = async (add: string[], remove: string[]) => {
    setError(null);
    try {
      await call('documents.setClauses', { number, add, remove });
      setChosen('');
      loaded.reload();
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  const data = loaded.data;
  return (
    <section aria-labelledby="clauses-title">
      <h2 id="clauses-title">Clauses{data ? ` of ${data.mapped.standardName}` : ''}</h2>
      <ErrorMessage message={loaded.error ?? error} />
      {data && (
        <>
          {data.mapped.clauses.length === 0 ? (
            <p className="empty">Not mapped to any clause.</p>
          ) : (
            <ul aria-label="Mapped clauses">
              {data.mapped.clauses.map((c) => (
                <li key={c.number}>
                  <span className="mono">{c.number}</span> {c.title}{' '}
                  {canEdit && (
                    <button type="button" className="link-button" onClick={() => void change([], [c.number])} aria-label={`Remove clause ${c.number}`}>
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {canEdit && data.standard && (
            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                if (chosen) void change([chosen], []);
              }}
            >
              <label className="field inline">
                <span>Add a clause</span>
                <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">Choose…</option>
                  {data.standard.clauses
                    .filter((c) => !data.mapped.clauses.some((m) => m.number === c.number))
                    .map((c) => (
                      <option key={c.number} value={c.number}>
                        {c.number} {c.title}
                      </option>
                    ))}
                </select>
              </label>
              <button type="submit" disabled={!chosen}>
                Add
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
