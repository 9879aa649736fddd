-- Quire vault schema 1: settings, users, register, revisions, content store, audit trail.
-- Released migrations are never edited: add a new numbered file instead.

CREATE TABLE vault_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,           -- AUTOINCREMENT: ids are never reused
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  full_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_at TEXT,
  disabled_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'Users are never deleted; disable them instead.'); END;

CREATE TRIGGER users_never_renamed BEFORE UPDATE OF id, username ON users
WHEN NEW.id IS NOT OLD.id OR NEW.username IS NOT OLD.username
BEGIN SELECT RAISE(ABORT, 'Users are never renamed.'); END;

CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'controller', 'author', 'reviewer', 'approver', 'reader')),
  PRIMARY KEY (user_id, role)
) STRICT;

CREATE TABLE document_types (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  numbering_pattern TEXT NOT NULL,
  review_interval_months INTEGER NOT NULL CHECK (review_interval_months > 0),
  retention_years INTEGER NOT NULL CHECK (retention_years >= 0),
  is_external INTEGER NOT NULL DEFAULT 0 CHECK (is_external IN (0, 1))
) STRICT;

INSERT INTO document_types (code, name, numbering_pattern, review_interval_months, retention_years, is_external) VALUES
  ('POL', 'Policy', '{TYPE}-{DEPT}-{SEQ:0000}', 36, 10, 0),
  ('SOP', 'Standard operating procedure', '{TYPE}-{DEPT}-{SEQ:0000}', 24, 10, 0),
  ('WI', 'Work instruction', '{TYPE}-{DEPT}-{SEQ:0000}', 24, 10, 0),
  ('FRM', 'Form', '{TYPE}-{DEPT}-{SEQ:0000}', 24, 10, 0),
  ('DWG', 'Drawing', '{TYPE}-{DEPT}-{SEQ:0000}', 60, 15, 0),
  ('SPEC', 'Specification', '{TYPE}-{DEPT}-{SEQ:0000}', 36, 15, 0),
  ('EXT', 'External document', '{TYPE}-{SEQ:0000}', 12, 10, 1);

-- The last number handed out per rendered prefix (SOP-QA-), so numbers are never reused.
CREATE TABLE number_sequences (
  prefix TEXT PRIMARY KEY,
  last_value INTEGER NOT NULL
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  doc_type TEXT NOT NULL REFERENCES document_types(code),
  department TEXT,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  review_interval_months INTEGER NOT NULL CHECK (review_interval_months > 0),
  retention_years INTEGER NOT NULL CHECK (retention_years >= 0),
  external_source TEXT,
  external_reference TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'obsolete')),
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id)
) STRICT;

CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'Documents are never deleted; make them obsolete instead.'); END;

-- Content is stored once per SHA-256, split in chunks because SQLite caps one value near 1 GB.
CREATE TABLE contents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL CHECK (size >= 0),
  chunk_count INTEGER NOT NULL CHECK (chunk_count >= 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE content_chunks (
  content_id INTEGER NOT NULL REFERENCES contents(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  UNIQUE (content_id, seq)
) STRICT;

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  major_label TEXT NOT NULL,
  draft_number INTEGER NOT NULL CHECK (draft_number >= 1),
  state TEXT NOT NULL CHECK (state IN ('draft', 'replaced', 'in_review', 'in_approval', 'rejected', 'approved',
                                       'effective', 'superseded', 'obsolete', 'cancelled')),
  author_id INTEGER NOT NULL REFERENCES users(id),
  content_id INTEGER NOT NULL REFERENCES contents(id),
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  change_summary TEXT,
  created_at TEXT NOT NULL,
  effective_date TEXT,
  UNIQUE (document_id, major_label, draft_number)
) STRICT;

CREATE INDEX revisions_by_document ON revisions (document_id, id);

CREATE TRIGGER revisions_never_deleted BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'Revisions are never deleted.'); END;

CREATE TRIGGER revision_content_frozen BEFORE UPDATE OF content_id, sha256, document_id, author_id, created_at ON revisions
BEGIN SELECT RAISE(ABORT, 'A revision''s content and origin never change; make a new draft.'); END;

-- The audit trail: append-only and hash-chained (each event carries the hash of the one before).
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  username TEXT,
  workstation TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT,
  old_value TEXT,
  new_value TEXT,
  reason TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

CREATE INDEX audit_events_by_entity ON audit_events (entity_type, entity_id, id);

CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;

CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;

-- The newest event's id and hash, kept beside the chain so a cut-off tail is noticed.
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_event_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL
) STRICT;
