import type { MethodResult } from '../../../shared/contract';
import { errorMessage } from '../../../shared/messages';
import { printabilityWarning } from '../../../shared/printability-warning';

/** Says on the document page which of its revisions this computer could not print, and what to do. */
export function PrintabilityWarnings({ rows }: { rows: MethodResult<'prints.printability'> }) {
  const warnings = rows.flatMap((r) => {
    const warning = printabilityWarning(r, { number: r.document, label: r.revision });
    return warning ? [{ key: r.revision, sentence: errorMessage(warning) }] : [];
  });
  if (warnings.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Printing on this computer">
      {warnings.map((w) => (
        <p key={w.key}>{w.sentence}</p>
      ))}
    </div>
  );
}
