import { z } from 'zod';
import { multiLineText } from './common-schemas';

/** The impact assessment of a change as its author states it (21 CFR 820.40, ISO 13485 4.2.4). */
export const changeImpactInput = z.object({
  trainingNeeded: z.boolean(),
  linkedDocumentsAffected: z.boolean(),
  validationNeeded: z.boolean(),
  note: multiLineText('Impact note', 4000).optional(),
});
export type ChangeImpactInput = z.infer<typeof changeImpactInput>;
