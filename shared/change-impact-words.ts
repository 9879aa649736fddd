import type { ChangeImpact } from './contract/change-methods';

/** A change's impact assessment in words, for the CLI, the PDF and the document page. */
export function changeImpactWords(impact: ChangeImpact | null): string {
  if (!impact) return 'not stated';
  const yesNo = (v: boolean) => (v ? 'yes' : 'no');
  return `training needed: ${yesNo(impact.trainingNeeded)}; linked documents affected: ${yesNo(impact.linkedDocumentsAffected)}; validation needed: ${yesNo(impact.validationNeeded)}${impact.note ? ` — ${impact.note}` : ''}`;
}
