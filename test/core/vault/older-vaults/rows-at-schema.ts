import type { AddRowsAtSchema } from './older-vault';
import { addSchema1Rows } from './schema-1-rows';
import { addSchema2Rows } from './schema-2-rows';
import { addSchema3Rows } from './schema-3-rows';
import { addSchema4Rows } from './schema-4-rows';

// One entry per schema version: the rows a vault gained while that version was the newest. The upgrade
// test builds a vault at every version older than the newest from these and migrates it, so a new
// migration NNNN needs one more line here: the rows a vault at schema NNNN holds (a file
// schema-NNNN-rows.ts), or `noNewRows` when the migration adds nothing a vault would fill.
export const noNewRows: AddRowsAtSchema = async () => {};

export const rowsAtSchema: Readonly<Record<number, AddRowsAtSchema>> = {
  1: addSchema1Rows,
  2: addSchema2Rows,
  3: addSchema3Rows,
  4: addSchema4Rows,
  5: noNewRows,
  6: noNewRows,
  7: noNewRows,
  8: noNewRows,
  // 0009: the search index is derived by the migration itself; a schema-9 vault gains no rows of its own kind.
  9: noNewRows,
  10: noNewRows,
  11: noNewRows,
  12: noNewRows,
  13: noNewRows,
  // 0014: clause mappings start empty.
  14: noNewRows,
  15: noNewRows,
  // 0016: which rows the trigram index holds; the migration marks those already there.
  16: noNewRows,
  // 0017: a page's text is read from content_texts; search_texts loses its copy.
  17: noNewRows,
};
