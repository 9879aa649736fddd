// Realistic, deterministic text of a controlled procedure: every sentence is distinct, so a test can
// say exactly which sentence it changed and on which page.

const subjects = ['The quality manager', 'Each document owner', 'The document controller', 'The approver', 'Every copyholder', 'The training coordinator', 'The site auditor', 'The production supervisor'];
const verbs = ['shall verify', 'shall record', 'shall review', 'shall confirm', 'shall retain', 'shall archive', 'shall sign', 'shall withdraw'];
const objects = [
  'the controlled copy register',
  'the change request and its impact assessment',
  'the training records of affected staff',
  'the superseded revision of the procedure',
  'the calibration certificates of the equipment',
  'the deviation report and its corrective action',
  'the distribution list of the effective revision',
  'the retention schedule for quality records',
];
const conditions = ['before the effective date', 'within five working days', 'at every periodic review', 'when a deviation is raised', 'after each internal audit', 'before release of the batch'];

/** The n-th sentence of the procedure (n from 0); unique for every n. */
export function procedureSentence(n: number): string {
  const s = subjects[n % subjects.length];
  const v = verbs[Math.floor(n / subjects.length) % verbs.length];
  const o = objects[Math.floor(n / 7) % objects.length];
  const c = conditions[n % conditions.length];
  return `${s} ${v} ${o} ${c} (clause ${Math.floor(n / 4) + 1}.${(n % 4) + 1}).`;
}

/** Pages of paragraphs, each paragraph of `sentencesPerParagraph` consecutive sentences. */
export function procedurePages(pageCount: number, paragraphsPerPage: number, sentencesPerParagraph: number): string[][] {
  let n = 0;
  return Array.from({ length: pageCount }, () =>
    Array.from({ length: paragraphsPerPage }, () => Array.from({ length: sentencesPerParagraph }, () => procedureSentence(n++)).join(' ')),
  );
}
