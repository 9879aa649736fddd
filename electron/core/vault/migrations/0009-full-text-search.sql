-- Quire vault schema 9: full-text search over the register and the extracted text of every content.
-- The index is derived data: triggers fill it in the transaction that stores a document or a text, so
-- every path that writes them (register, new draft, bulk import, metadata edits) is indexed, and this
-- migration indexes what an older vault already holds. Verify does not rely on it.

-- How each page's text was had, one entry a page: 'text' (the PDF's text layer), 'ocr' (read from the
-- page image by Tesseract) or 'none' (a page without text that could not be read). NULL: not recorded
-- (plain text, DOCX, and every text stored before schema 9). Part of the text's recorded hash when set.
ALTER TABLE content_texts ADD COLUMN page_sources TEXT;

-- Which revisions use a content: search goes from a matching page to its revisions.
CREATE INDEX revisions_by_content ON revisions (content_id);

-- What is searched: one row a document (id = -documents.id: number, title, metadata) and one a page of
-- text that has any (id = content_id * 16384 + page number, so a page row needs no lookup table: a PDF
-- has at most 10,000 pages). Both indexes below read their text from here, so it is stored once more only.
CREATE TABLE search_texts (
  id INTEGER PRIMARY KEY,
  number TEXT,
  title TEXT,
  metadata TEXT,
  body TEXT
) STRICT;

-- Words: Latin scripts fold case and accents; bm25 weighs the columns (number, title, metadata, body).
CREATE VIRTUAL TABLE search_index USING fts5(number, title, metadata, body, content = 'search_texts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

-- Trigrams, for Chinese and Japanese (no spaces between words). Plain trigrams (case folded only): the
-- SQL here stays within what the sqlite3 tools of older systems read, so an auditor's copy still opens.
CREATE VIRTUAL TABLE search_index_trigram USING fts5(number, title, metadata, body, content = 'search_texts', content_rowid = 'id', tokenize = 'trigram');

-- What a document's row says: its number, title and the words of its metadata.
CREATE VIEW search_document_fields AS
SELECT -d.id AS id, d.number, d.title,
       d.doc_type || ' ' || t.name || ' ' || ifnull(d.department, '') || ' ' || u.username || ' ' || u.full_name || ' ' ||
       ifnull(d.external_source, '') || ' ' || ifnull(d.external_reference, '') AS metadata
  FROM documents d JOIN document_types t ON t.code = d.doc_type JOIN users u ON u.id = d.owner_id;

-- Both indexes follow search_texts (external content: each needs the old text to remove a row).
CREATE TRIGGER search_texts_added AFTER INSERT ON search_texts
BEGIN
  INSERT INTO search_index (rowid, number, title, metadata, body) VALUES (NEW.id, NEW.number, NEW.title, NEW.metadata, NEW.body);
  INSERT INTO search_index_trigram (rowid, number, title, metadata, body) VALUES (NEW.id, NEW.number, NEW.title, NEW.metadata, NEW.body);
END;

CREATE TRIGGER search_texts_removed AFTER DELETE ON search_texts
BEGIN
  INSERT INTO search_index (search_index, rowid, number, title, metadata, body) VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.metadata, OLD.body);
  INSERT INTO search_index_trigram (search_index_trigram, rowid, number, title, metadata, body) VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.metadata, OLD.body);
END;

CREATE TRIGGER documents_indexed AFTER INSERT ON documents
BEGIN
  INSERT INTO search_texts (id, number, title, metadata, body) SELECT id, number, title, metadata, '' FROM search_document_fields WHERE id = -NEW.id;
END;

CREATE TRIGGER documents_reindexed AFTER UPDATE ON documents
BEGIN
  DELETE FROM search_texts WHERE id = -OLD.id;
  INSERT INTO search_texts (id, number, title, metadata, body) SELECT id, number, title, metadata, '' FROM search_document_fields WHERE id = -NEW.id;
END;

-- Text is stored once and never changes (content_texts refuses UPDATE and DELETE), so it is indexed once.
CREATE TRIGGER content_texts_indexed AFTER INSERT ON content_texts WHEN NEW.status = 'ok'
BEGIN
  INSERT INTO search_texts (id, body) SELECT NEW.content_id * 16384 + key + 1, value FROM json_each(NEW.pages) WHERE trim(value) <> '';
END;

-- What the vault already holds.
INSERT INTO search_texts (id, number, title, metadata, body) SELECT id, number, title, metadata, '' FROM search_document_fields;
INSERT INTO search_texts (id, body)
  SELECT t.content_id * 16384 + p.key + 1, p.value FROM content_texts t, json_each(t.pages) p WHERE t.status = 'ok' AND trim(p.value) <> '';
