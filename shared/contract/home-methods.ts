import { z } from 'zod';
import { defineMethod } from './define-method';
import { dueReviewSchema, inboxTaskSchema, personSchema } from './workflow-methods';

const trainingProgress = { assigned: z.number(), acknowledged: z.number(), percentComplete: z.number() };

/** What a controller sees of the vault's state on the home page; every line names where the work is done. */
export const vaultStateSchema = z.object({
  reviewsDue: z.array(dueReviewSchema),
  pendingReleases: z.array(z.object({ document: z.string(), title: z.string(), revision: z.string(), effectiveDate: z.string() })),
  copiesDueForRecall: z.array(z.object({ document: z.string(), title: z.string(), revision: z.string(), copyNumber: z.number(), copyholder: z.string(), location: z.string(), dueSince: z.string().nullable() })),
  /** Effective revisions with training still open, and how much of it is done. */
  trainingByDocument: z.array(z.object({ document: z.string(), title: z.string(), revision: z.string(), ...trainingProgress })),
  /** People with training still open on effective revisions, and how much of theirs is done. */
  trainingByPerson: z.array(z.object({ user: z.string(), fullName: z.string(), ...trainingProgress })),
  /** Active documents whose owner's account is disabled: nobody answers for them. */
  documentsWithoutOwner: z.array(z.object({ document: z.string(), title: z.string(), owner: personSchema })),
  /** How many lines each list has in all: the lists show the first `homeListLimit`, most urgent first. */
  totals: z.object({ reviewsDue: z.number(), reviewsOverdue: z.number(), pendingReleases: z.number(), copiesDueForRecall: z.number(), trainingByDocument: z.number(), trainingByPerson: z.number(), documentsWithoutOwner: z.number() }),
});

/** The most lines of each list the home page shows; the totals say how many there are. */
export const homeListLimit = 50;
export type VaultState = z.infer<typeof vaultStateSchema>;

export const homeMethods = {
  'home.summary': defineMethod({
    summary: 'Your home page: your tasks, and for a controller the vault’s state (reviews due, releases waiting, copies to recall, training outstanding, documents without an owner).',
    kind: 'query',
    access: 'signed-in',
    input: z.object({}),
    result: z.object({ tasks: z.array(inboxTaskSchema), vault: vaultStateSchema.nullable() }),
    errors: [],
  }),
};
