-- The register pages and sorts at 100,000 documents: each document's current revision (the effective
-- one, else the newest) is kept beside it, with the columns the register sorts and filters on, so a
-- page is an index walk instead of a look-up per document. Triggers keep it in step with revisions; it
-- is derived from the revisions table alone and holds nothing the trail must explain.
CREATE TABLE register_entries (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  state TEXT NOT NULL,
  major_label TEXT NOT NULL,
  draft_number INTEGER NOT NULL,
  effective_date TEXT,
  next_review_date TEXT
) STRICT;

CREATE INDEX register_entries_by_state ON register_entries (state, document_id);
CREATE INDEX register_entries_by_effective_date ON register_entries (effective_date, document_id);
CREATE INDEX register_entries_by_next_review ON register_entries (next_review_date, document_id);
CREATE INDEX documents_by_type ON documents (doc_type, number);
CREATE INDEX documents_by_department ON documents (department, number);
-- Schema 10 indexes documents by owner alone; the register sorts owners' documents by number too.
DROP INDEX documents_by_owner;
CREATE INDEX documents_by_owner ON documents (owner_id, number);
CREATE INDEX documents_by_title ON documents (title, number);
CREATE INDEX revisions_by_document_state ON revisions (document_id, state, id);

INSERT INTO register_entries (document_id, revision_id, state, major_label, draft_number, effective_date, next_review_date)
SELECT r.document_id, r.id, r.state, r.major_label, r.draft_number, r.effective_date, r.next_review_date
  FROM revisions r
 WHERE r.id = (SELECT x.id FROM revisions x WHERE x.document_id = r.document_id ORDER BY x.state = 'effective' DESC, x.id DESC LIMIT 1);

CREATE TRIGGER register_entry_on_new_revision AFTER INSERT ON revisions
BEGIN
  REPLACE INTO register_entries (document_id, revision_id, state, major_label, draft_number, effective_date, next_review_date)
  SELECT r.document_id, r.id, r.state, r.major_label, r.draft_number, r.effective_date, r.next_review_date
    FROM revisions r WHERE r.document_id = NEW.document_id ORDER BY r.state = 'effective' DESC, r.id DESC LIMIT 1;
END;

CREATE TRIGGER register_entry_on_revision_change AFTER UPDATE OF state, major_label, draft_number, effective_date, next_review_date ON revisions
BEGIN
  REPLACE INTO register_entries (document_id, revision_id, state, major_label, draft_number, effective_date, next_review_date)
  SELECT r.document_id, r.id, r.state, r.major_label, r.draft_number, r.effective_date, r.next_review_date
    FROM revisions r WHERE r.document_id = NEW.document_id ORDER BY r.state = 'effective' DESC, r.id DESC LIMIT 1;
END;
