import type { MethodResult } from '../../../shared/contract';
import { defineCommand } from '../cli-command';
import { optionalText, positional } from '../cli-arguments';

const searchUsage = 'search <vault> <query> [--all-revisions] [--type <T>] [--limit <n>] --as <user> [--json]';

/** One hit a paragraph: where it is, then its snippet with the matched words in [brackets]. */
export function searchResultsText(result: MethodResult<'search.query'>): string {
  if (result.hits.length === 0) return `Nothing found for ${result.terms.map((t) => `"${t}"`).join(' ')}.`;
  return result.hits
    .map((hit) => {
      const where = hit.page === null ? 'number, title or metadata' : `page ${hit.page}${hit.pageSource === 'ocr' ? ' (OCR)' : ''}${hit.pages.length > 1 ? ` (pages ${hit.pages.join(', ')})` : ''}`;
      const snippet = hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
      return `${hit.number} ${hit.revision.label} (${hit.revision.state})  ${hit.title}  ${where}\n    ${snippet}`;
    })
    .join('\n');
}

export const searchCommands = [
  defineCommand({
    words: ['search'],
    usage: searchUsage,
    summary: 'Full-text search of the register and the text of revisions, best match first, with the pages that match.',
    options: { 'all-revisions': { type: 'boolean' }, type: { type: 'string' }, limit: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const query = positional(positionals, 1, 'query', searchUsage);
      const { core, token } = await signedIn();
      // The core checks the limit (a whole number in range) like any other input.
      const limit = typeof values.limit === 'string' ? Number(values.limit) : undefined;
      return core.call(token, 'search.query', { query, allRevisions: values['all-revisions'] === true, type: optionalText(values.type), limit });
    },
    text: searchResultsText,
  }),
];
