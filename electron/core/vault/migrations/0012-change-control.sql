-- Change control (21 CFR 820.40, ISO 13485 4.2.4): document change requests, the impact assessment of
-- each revision's change record, links between documents, and the "linked document changed" checks.

-- A request to change a document (DCR-0001…), from anyone who may see it; decided by a signature of the
-- document's owner or a controller. An accepted request points to the draft that carries it out and is
-- implemented when that revision becomes effective.
CREATE TABLE change_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  against_revision_id INTEGER NOT NULL REFERENCES revisions(id),
  reason TEXT NOT NULL,
  proposal TEXT,
  markup_content_id INTEGER REFERENCES contents(id),
  markup_sha256 TEXT,
  markup_file_name TEXT,
  markup_media_type TEXT,
  requested_by INTEGER NOT NULL REFERENCES users(id),
  requested_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'rejected', 'implemented')),
  decided_signature_id INTEGER REFERENCES signatures(id),
  decided_by INTEGER REFERENCES users(id),
  decided_at TEXT,
  decision_comment TEXT,
  draft_revision_id INTEGER REFERENCES revisions(id),
  implemented_revision_id INTEGER REFERENCES revisions(id),
  implemented_at TEXT
) STRICT;

CREATE INDEX change_requests_by_document ON change_requests (document_id, id);
CREATE INDEX change_requests_by_state ON change_requests (state, id);
CREATE INDEX change_requests_by_draft ON change_requests (draft_revision_id);

-- The impact assessment the author states for a revision after the first (the change summary stays on
-- the revision): whether training, linked documents or validation are affected, with a note.
CREATE TABLE change_impacts (
  revision_id INTEGER PRIMARY KEY REFERENCES revisions(id),
  training_needed INTEGER NOT NULL CHECK (training_needed IN (0, 1)),
  linked_documents_affected INTEGER NOT NULL CHECK (linked_documents_affected IN (0, 1)),
  validation_needed INTEGER NOT NULL CHECK (validation_needed IN (0, 1)),
  note TEXT,
  stated_by INTEGER NOT NULL REFERENCES users(id),
  stated_at TEXT NOT NULL
) STRICT;

-- A document that uses another: references it, is a form of it, or an annex to it.
CREATE TABLE document_links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  linked_document_id INTEGER NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL CHECK (kind IN ('references', 'form', 'annex')),
  linked_by INTEGER NOT NULL REFERENCES users(id),
  linked_at TEXT NOT NULL,
  UNIQUE (document_id, linked_document_id),
  CHECK (document_id <> linked_document_id)
) STRICT;

CREATE INDEX document_links_by_linked ON document_links (linked_document_id, document_id);

-- "Linked document changed — check yours": the owner of a document that uses a document whose new
-- revision became effective checks theirs; closed by a signed "no change needed" or by a change request.
CREATE TABLE linked_change_checks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  changed_revision_id INTEGER NOT NULL REFERENCES revisions(id),
  owner_id INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'no-change', 'change-requested')),
  closed_by INTEGER REFERENCES users(id),
  closed_at TEXT,
  signature_id INTEGER REFERENCES signatures(id),
  change_request_id INTEGER REFERENCES change_requests(id),
  UNIQUE (document_id, changed_revision_id)
) STRICT;

CREATE INDEX linked_change_checks_open ON linked_change_checks (owner_id, state);
