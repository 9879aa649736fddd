import type { SnippetPart } from '../../../shared/contract';
import type { SearchIndexName } from './search-query';

// FTS5 marks the matched words in a snippet with strings of our choosing. Characters from Unicode's
// private use area are used, as no document's text means anything by them; any that a text did hold
// are dropped rather than mistaken for marks.
const matchStart = '\uE000';
const matchEnd = '\uE001';
/** Tokens around the best match in a snippet. */
const snippetTokens = 24;

/** The statement that writes the snippet of one matching row (`@hit`) of the index. */
export function snippetSql(index: SearchIndexName): string {
  return `SELECT snippet(${index}, -1, '${matchStart}', '${matchEnd}', '…', ${snippetTokens}) AS snippet FROM ${index} WHERE ${index} MATCH @match AND rowid = @hit`;
}

/** Splits a marked snippet into plain and matched parts, line breaks read as spaces. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of marked.replace(/\s+/gu, ' ').split(matchStart).entries()) {
    const [matched, after] = index === 0 ? [undefined, piece] : splitOnce(piece, matchEnd);
    if (matched) parts.push({ text: matched.replaceAll(matchEnd, ''), match: true });
    if (after) parts.push({ text: after.replaceAll(matchEnd, ''), match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
