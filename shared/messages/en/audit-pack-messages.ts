import type { auditPackErrorCodes } from '../../errors/audit-pack-error-codes';
import type { SentencesFor } from '../message-catalogue';

const packProblems = {
  'not-found': 'there is no such file',
  'not-a-zip': 'it is not a ZIP file, or it is damaged',
  'no-manifest': 'it holds no manifest.json, so it was not made by Quire or lost its manifest',
  'manifest-malformed': 'its manifest.json is not one Quire wrote',
} as const;

export const auditPackMessages: SentencesFor<typeof auditPackErrorCodes> = {
  STANDARD_UNKNOWN: ({ standard, known }) => `Quire does not know the standard "${standard}". Choose one of: ${known.join(', ')}.`,
  CLAUSE_UNKNOWN: ({ clause, standard }) => `${standard} has no clause ${clause}. Check the clause number (for example 7.5.3) against the list of clauses.`,
  AUDIT_PACK_JOB_NOT_FOUND: ({ jobId }) => `The audit pack ${jobId} is not known here; it may have ended before the app was restarted. Prepare the pack again.`,
  AUDIT_PACK_ALREADY_RUNNING: () => 'An audit pack is already being prepared from this vault. Wait for it to finish or cancel it first.',
  AUDIT_PACK_UNREADABLE: ({ path, problem }) => `${path} cannot be checked as an audit pack: ${packProblems[problem]}. Ask for the pack again from whoever exported it.`,
  AUDIT_PACK_INVALID: ({ problemCount, firstProblem }) => `The audit pack does not hold together (${problemCount} problem${problemCount === 1 ? '' : 's'}). First: ${firstProblem} Do not rely on this copy; ask for the pack again.`,
};
