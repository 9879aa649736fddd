import { z } from 'zod';
import { printRoutes, renditionToolIds } from '../rendition-tools';

/**
 * Whether a revision can be printed on the desktop that answers, and how: the PDF itself, Quire's own
 * renderer (text, Markdown), the author's supplied PDF, a rendition already recorded in the vault, or
 * an office program found here (Word, LibreOffice). Said at registration and submission, not at print time.
 */
export const printabilitySchema = z.object({
  printable: z.boolean(),
  how: z.enum(printRoutes).nullable(),
  /** The program or renderer, as a user knows it ("Microsoft Word 16 (Windows)"); null when none. */
  tool: z.string().nullable(),
  /** The office programs looked for, in the vault's order (empty when none was needed). */
  lookedFor: z.array(z.enum(renditionToolIds)),
});
export type Printability = z.infer<typeof printabilitySchema>;
