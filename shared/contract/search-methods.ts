import { z } from 'zod';
import { defineMethod } from './define-method';
import { revisionStateSchema } from './document-methods';

/** A stretch of a snippet: the words that matched are marked, so any reader can highlight them without parsing markup. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  number: z.string(),
  title: z.string(),
  type: z.string(),
  revision: z.object({ label: z.string(), state: revisionStateSchema }),
  /** The best-matching page (1-based), or null when the match is in the number, title or metadata. */
  page: z.number().nullable(),
  /** Every page of this revision that matches, in order. */
  pages: z.array(z.number()),
  /** How the best page's text was had: its text layer, OCR of its image; null for a metadata match or a file without pages. */
  pageSource: z.enum(['text', 'ocr']).nullable(),
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchMethods = {
  'search.query': defineMethod({
    summary: 'Full-text search over the number, title, metadata and text of revisions, best match first, with snippets and page numbers.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({
      /** Words (all required) and "quoted phrases"; nothing typed here is read as search syntax. */
      query: z.string().trim().min(1).max(1000),
      /** Every revision the caller may see, not only each document's current one. */
      allRevisions: z.boolean().optional(),
      type: z.string().trim().min(1).max(16).transform((v) => v.toUpperCase()).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    result: z.object({ hits: z.array(searchHitSchema), terms: z.array(z.string()) }),
    errors: [],
  }),
};
