import type { ExpectedCopy } from './expected-revision';
import type { StateProblems } from './state-problems';

export interface CopyTableRow {
  revision_id: number;
  copy_number: number;
  copyholder: string;
  location: string;
  status: string;
  recalled_signature_id: number | null;
}

/** Holds a revision's controlled copies to their issue, due-for-recall and recall events. */
export function compareCopies(where: string, rows: CopyTableRow[], expected: Map<number, ExpectedCopy>, problems: StateProblems): void {
  const unused = new Map(expected);
  for (const row of rows) {
    const at = `controlled copy No. ${row.copy_number} of ${where}`;
    const want = unused.get(row.copy_number);
    unused.delete(row.copy_number);
    if (!want) {
      problems.add(at, `${at} was not issued by any audit event.`);
      continue;
    }
    const differs = (what: string, inRow: unknown, inTrail: unknown) => problems.add(at, `${at}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
    if (want.copyholder !== undefined && want.copyholder !== row.copyholder) differs('the copyholder', row.copyholder, want.copyholder);
    if (want.location !== undefined && want.location !== row.location) differs('the location', row.location, want.location);
    if (want.status !== row.status) differs('the status', row.status, want.status);
    if (want.signatureId !== row.recalled_signature_id) differs('the recall signature', row.recalled_signature_id, want.signatureId);
  }
  for (const [copyNumber] of unused) problems.add(`controlled copy No. ${copyNumber} of ${where}`, `Controlled copy No. ${copyNumber} of ${where}, issued in the audit trail, is missing from the vault.`);
}
