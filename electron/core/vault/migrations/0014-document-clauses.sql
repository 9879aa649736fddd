-- Clause mapping: which clauses of a standard (ISO 9001:2015 and others shipped as data) each document
-- answers. The gap analysis reads it to say which documented information a standard requires is covered.
-- Every row is explained by a document.clauses_changed event, which records the whole set after the change.
CREATE TABLE document_clauses (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  standard TEXT NOT NULL,
  clause TEXT NOT NULL,
  mapped_at TEXT NOT NULL,
  mapped_by INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (document_id, standard, clause)
) STRICT;

CREATE INDEX document_clauses_by_clause ON document_clauses (standard, clause, document_id);
