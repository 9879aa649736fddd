import { useState } from 'react';
import type { Job } from '../../../shared/contract';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { JobOptions } from './job-options';

const words = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/**
 * Job administration for controllers and administrators: create a job function, add or remove its
 * people (who are assigned, or released from, its documents) and the documents it requires.
 */
export function JobAdminPanel({ jobs, onChanged }: { jobs: Job[]; onChanged: () => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState(jobs[0]?.code ?? '');
  const [people, setPeople] = useState('');
  const [documents, setDocuments] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const job = jobs.find((j) => j.code === chosen) ?? jobs[0];

  const act = async (what: () => Promise<string>) => {
    setError(null);
    setSaid(null);
    try {
      setSaid(await what());
      onChanged();
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  const create = () =>
    act(async () => {
      const made = await call('jobs.add', { job: code, name });
      setChosen(made.code);
      setCode('');
      setName('');
      return `Job ${made.code} created.`;
    });
  const changePeople = (change: 'add' | 'remove') =>
    act(async () => {
      const r = await call('jobs.people', { job: job!.code, change, users: words(people) });
      setPeople('');
      return `${change === 'add' ? 'Added' : 'Removed'} ${r.changed.join(', ') || 'nobody'}: ${r.assigned} assignment(s) made, ${r.closed} closed.`;
    });
  const changeDocuments = (change: 'add' | 'remove') =>
    act(async () => {
      const r = await call('jobs.documents', { job: job!.code, change, numbers: words(documents) });
      setDocuments('');
      return `${change === 'add' ? 'Added' : 'Removed'} ${r.changed.join(', ') || 'nothing'}: ${r.assigned} assignment(s) made, ${r.closed} closed.`;
    });

  return (
    <section className="job-admin" aria-labelledby="jobs-title">
      <h2 id="jobs-title">Job functions</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field">
          <span>New job code</span>
          <input type="text" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={32} />
        </label>
        <label className="field">
          <span>Job name</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <button type="submit">Create job</button>
      </form>
      {job && (
        <>
          <div className="filters">
            <label className="field inline">
              <span>Job to change</span>
              <select value={job.code} onChange={(e) => setChosen(e.target.value)}>
                <JobOptions jobs={jobs} />
              </select>
            </label>
          </div>
          <p className="muted" data-testid="job-summary">
            People: {job.people.map((p) => p.username).join(', ') || 'nobody'}. Requires: {job.documents.map((d) => d.number).join(', ') || 'nothing'}.
          </p>
          <ListChange label="People (user names)" noun="people" value={people} onChange={setPeople} onChangeJob={changePeople} />
          <ListChange label="Documents (numbers)" noun="documents" value={documents} onChange={setDocuments} onChangeJob={changeDocuments} />
        </>
      )}
      {said && (
        <p role="status" className="muted">
          {said}
        </p>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}

/** A list typed by hand, added to or removed from the chosen job. */
function ListChange({ label, noun, value, onChange, onChangeJob }: { label: string; noun: string; value: string; onChange: (v: string) => void; onChangeJob: (change: 'add' | 'remove') => Promise<void> }) {
  const empty = words(value).length === 0;
  return (
    <div className="toolbar">
      <label className="field">
        <span>{label}</span>
        <input type="text" value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
      <button type="button" onClick={() => void onChangeJob('add')} disabled={empty}>
        Add {noun}
      </button>
      <button type="button" onClick={() => void onChangeJob('remove')} disabled={empty}>
        Remove {noun}
      </button>
    </div>
  );
}
