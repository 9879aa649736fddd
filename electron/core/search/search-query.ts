import { QuireError } from '../../../shared/errors';
import { hasUnspacedScript } from './unspaced-script';

// What the user typed, turned into an FTS5 MATCH expression that can only mean "these words, in this
// order where quoted". Every term is written as an FTS5 string ("…", inner quotes doubled), so no
// operator (OR, NOT, NEAR, *, ^, :, -, parentheses) typed by the user reaches FTS5 as syntax.

/** Which index answers: words (Latin and other spaced scripts) or trigrams (Chinese, Japanese, Korean). */
export type SearchIndexName = 'search_index' | 'search_index_trigram';

export interface SearchQuery {
  index: SearchIndexName;
  /** The FTS5 MATCH expression: the terms as strings, all required (implicit AND). */
  match: string;
  /** The terms as the user meant them (for highlighting in a viewer). */
  terms: string[];
}

/** A trigram index cannot look for less than three characters. */
const trigramMinimum = 3;
const maxTerms = 32;
/** A term with neither a letter nor a digit (`*`, `-`, `(`) tokenizes to nothing: there is nothing to find. */
const hasWordCharacter = /[\p{L}\p{N}]/u;

/** Splits the typed query into "quoted phrases" and words; an unbalanced quote is read as a space. */
function typedTerms(typed: string): string[] {
  const terms: string[] = [];
  const rest = typed.replace(/"([^"]*)"/gu, (_, phrase: string) => {
    terms.push(phrase);
    return ' ';
  });
  terms.push(...rest.replace(/"/gu, ' ').split(/\s+/u));
  return terms.map((term) => term.replace(/\s+/gu, ' ').trim()).filter((term) => hasWordCharacter.test(term));
}

/** Builds the MATCH expression for a typed query; INVALID_INPUT when nothing in it can be looked for. */
export function parseSearchQuery(typed: string): SearchQuery {
  const terms = typedTerms(typed.normalize('NFC'));
  if (terms.length === 0) throw new QuireError('INVALID_INPUT', { problem: 'search-no-words' });
  if (terms.length > maxTerms) throw new QuireError('INVALID_INPUT', { field: 'query', problem: 'too-many', max: maxTerms });
  const index: SearchIndexName = terms.some(hasUnspacedScript) ? 'search_index_trigram' : 'search_index';
  if (index === 'search_index_trigram') {
    const short = terms.find((term) => [...term].length < trigramMinimum);
    if (short !== undefined) throw new QuireError('INVALID_INPUT', { problem: 'search-term-too-short', term: short, min: trigramMinimum });
  }
  return { index, match: terms.map((term) => `"${term.replace(/"/gu, '""')}"`).join(' '), terms };
}
