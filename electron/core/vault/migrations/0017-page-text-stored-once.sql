-- Quire vault schema 17: the text of a page is stored once. search_texts held a copy of every page of
-- text (already in content_texts.pages) for the two full-text indexes to read back, for snippets and to
-- remove a row: a bulk import wrote every text three times. The indexes now read a page from
-- content_texts through a view, search_content; search_texts keeps which rows there are (a document's
-- number, title and metadata, or a page) and which of them are in the trigram index. Both indexes are
-- built again from the same text, so search answers exactly as before.

DROP TRIGGER search_texts_added;
DROP TRIGGER search_texts_removed;
DROP TRIGGER documents_indexed;
DROP TRIGGER documents_reindexed;
DROP TABLE search_index;
DROP TABLE search_index_trigram;
ALTER TABLE search_texts DROP COLUMN body;

-- What the indexes read. A page row (id = content_id * 16384 + page number, migration 0009) is entry
-- page - 1 of its content's pages; a document's row has no body.
CREATE VIEW search_content AS
SELECT s.id, s.number, s.title, s.metadata,
       CASE WHEN s.id > 0
            THEN (SELECT json_extract(t.pages, '$[' || ((s.id - 1) % 16384) || ']') FROM content_texts t WHERE t.content_id = (s.id - 1) / 16384)
            ELSE '' END AS body
  FROM search_texts s;

-- Words: Latin scripts fold case and accents; bm25 weighs the columns (number, title, metadata, body).
CREATE VIRTUAL TABLE search_index USING fts5(number, title, metadata, body, content = 'search_content', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
-- Trigrams, for Chinese, Japanese and Korean: plain trigrams (case folded only), as in migration 0009.
CREATE VIRTUAL TABLE search_index_trigram USING fts5(number, title, metadata, body, content = 'search_content', content_rowid = 'id', tokenize = 'trigram');

-- A document's row follows the document (its number, title and metadata change with it). A page's row is
-- indexed by the core in the transaction that stores the text, with the text it has in hand: read back
-- through the view, each page of a long PDF would parse all its pages again.
CREATE TRIGGER search_texts_added AFTER INSERT ON search_texts WHEN NEW.id < 0
BEGIN
  INSERT INTO search_index (rowid, number, title, metadata, body) VALUES (NEW.id, NEW.number, NEW.title, NEW.metadata, '');
  INSERT INTO search_index_trigram (rowid, number, title, metadata, body) SELECT NEW.id, NEW.number, NEW.title, NEW.metadata, '' WHERE NEW.trigram = 1;
END;

CREATE TRIGGER documents_indexed AFTER INSERT ON documents
BEGIN
  INSERT INTO search_texts (id, number, title, metadata) SELECT id, number, title, metadata FROM search_document_fields WHERE id = -NEW.id;
END;

CREATE TRIGGER documents_reindexed AFTER UPDATE ON documents
BEGIN
  DELETE FROM search_texts WHERE id = -OLD.id;
  INSERT INTO search_texts (id, number, title, metadata) SELECT id, number, title, metadata FROM search_document_fields WHERE id = -NEW.id;
END;

-- An external-content index is told what a removed row held; the text still sits in content_texts.
CREATE TRIGGER search_texts_removed AFTER DELETE ON search_texts
BEGIN
  INSERT INTO search_index (search_index, rowid, number, title, metadata, body)
    SELECT 'delete', OLD.id, OLD.number, OLD.title, OLD.metadata,
           CASE WHEN OLD.id > 0 THEN (SELECT json_extract(t.pages, '$[' || ((OLD.id - 1) % 16384) || ']') FROM content_texts t WHERE t.content_id = (OLD.id - 1) / 16384) ELSE '' END;
  INSERT INTO search_index_trigram (search_index_trigram, rowid, number, title, metadata, body)
    SELECT 'delete', OLD.id, OLD.number, OLD.title, OLD.metadata,
           CASE WHEN OLD.id > 0 THEN (SELECT json_extract(t.pages, '$[' || ((OLD.id - 1) % 16384) || ']') FROM content_texts t WHERE t.content_id = (OLD.id - 1) / 16384) ELSE '' END
     WHERE OLD.trigram = 1;
END;

-- What the vault already holds: the rows search_texts lists, each page read once per content.
INSERT INTO search_index (rowid, number, title, metadata, body) SELECT id, number, title, metadata, '' FROM search_texts WHERE id < 0;
INSERT INTO search_index_trigram (rowid, number, title, metadata, body) SELECT id, number, title, metadata, '' FROM search_texts WHERE id < 0 AND trigram = 1;
INSERT INTO search_index (rowid, body)
  SELECT s.id, p.value FROM content_texts t, json_each(t.pages) p JOIN search_texts s ON s.id = t.content_id * 16384 + p.key + 1 WHERE t.status = 'ok';
INSERT INTO search_index_trigram (rowid, body)
  SELECT s.id, p.value FROM content_texts t, json_each(t.pages) p JOIN search_texts s ON s.id = t.content_id * 16384 + p.key + 1 WHERE t.status = 'ok' AND s.trigram = 1;
