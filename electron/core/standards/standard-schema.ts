import { z } from 'zod';

// A standard Quire can map documents to, as data: its clause numbers with short titles in our own
// words (never the standard's text) and the documented information it requires, each tied to a clause.
// One data file per standard; each is checked against this schema when it is loaded.

const clauseNumber = z.string().regex(/^\d+(\.\d+)*$/, 'a clause number such as 7.5.3');

export const standardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    clauses: z.array(z.object({ number: clauseNumber, title: z.string().min(1).max(80) })).min(1),
    requiredInformation: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9.-]+$/),
          clause: clauseNumber,
          /** Maintained (a document kept current) or retained (a record kept as evidence). */
          kind: z.enum(['maintain', 'retain']),
          what: z.string().min(1).max(160),
        }),
      )
      .min(1),
  })
  .superRefine((standard, problems) => {
    const numbers = new Set<string>();
    for (const clause of standard.clauses) {
      if (numbers.has(clause.number)) problems.addIssue({ code: 'custom', message: `clause ${clause.number} is listed twice` });
      numbers.add(clause.number);
    }
    const ids = new Set<string>();
    for (const item of standard.requiredInformation) {
      if (ids.has(item.id)) problems.addIssue({ code: 'custom', message: `required item ${item.id} is listed twice` });
      ids.add(item.id);
      if (!numbers.has(item.clause)) problems.addIssue({ code: 'custom', message: `required item ${item.id} names clause ${item.clause}, which the standard does not list` });
    }
  });

export type Standard = z.infer<typeof standardSchema>;
export type StandardClause = Standard['clauses'][number];
export type RequiredInformation = Standard['requiredInformation'][number];
