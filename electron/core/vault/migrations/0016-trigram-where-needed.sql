-- Quire vault schema 16: the trigram index holds only the rows that need it. It exists for scripts written
-- without spaces (Chinese, Japanese, Korean), and a query goes to it only when one of its terms is in such
-- a script (search-query.ts); every term must match within one row, so a row with none of those characters
-- can never be found through it. Indexing every page of Latin text there cost more than all the rest of a
-- bulk import's writing and held the text a fourth time. Search answers exactly as before.

-- Whether the row is in the trigram index. Every row already there is (the default); a document's row
-- (number, title, metadata: short) always is; a page of text is when it holds a character of such a script.
ALTER TABLE search_texts ADD COLUMN trigram INTEGER NOT NULL DEFAULT 1;

DROP TRIGGER search_texts_added;
CREATE TRIGGER search_texts_added AFTER INSERT ON search_texts
BEGIN
  INSERT INTO search_index (rowid, number, title, metadata, body) VALUES (NEW.id, NEW.number, NEW.title, NEW.metadata, NEW.body);
  INSERT INTO search_index_trigram (rowid, number, title, metadata, body) SELECT NEW.id, NEW.number, NEW.title, NEW.metadata, NEW.body WHERE NEW.trigram = 1;
END;

-- An external-content index must only be told to remove a row it holds.
DROP TRIGGER search_texts_removed;
CREATE TRIGGER search_texts_removed AFTER DELETE ON search_texts
BEGIN
  INSERT INTO search_index (search_index, rowid, number, title, metadata, body) VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.metadata, OLD.body);
  INSERT INTO search_index_trigram (search_index_trigram, rowid, number, title, metadata, body) SELECT 'delete', OLD.id, OLD.number, OLD.title, OLD.metadata, OLD.body WHERE OLD.trigram = 1;
END;

-- The pages of a stored text are now written by the core in the transaction that stores the text
-- (content-text-store.ts): which script a page is in is decided there, with the same rule search uses.
DROP TRIGGER content_texts_indexed;
