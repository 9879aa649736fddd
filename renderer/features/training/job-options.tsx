import type { Job } from '../../../shared/contract';

/** The job functions as the options of a select: "CODE — Name". */
export function JobOptions({ jobs }: { jobs: readonly Job[] }) {
  return (
    <>
      {jobs.map((j) => (
        <option key={j.code} value={j.code}>
          {j.code} — {j.name}
        </option>
      ))}
    </>
  );
}
