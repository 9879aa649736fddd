// Scripts written without spaces between words (Chinese, Japanese, Korean): a word index cannot find words
// in them, only a substring (trigram) index can. One rule for both sides: a query goes to the trigram index
// when a term holds such a character (search-query.ts), and a page of text is put there when it does
// (index-content-pages.ts), so a page left out could never have matched.
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether the text holds a character of a script written without spaces. */
export function hasUnspacedScript(text: string): boolean {
  return unspacedScript.test(text);
}
