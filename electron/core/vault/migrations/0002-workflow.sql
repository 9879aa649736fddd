-- Quire vault schema 2: routing, Part 11 signatures, signing keys, release, periodic review, training.

-- Each user's Ed25519 key pairs. The private key is wrapped under a key derived from the user's own
-- password. A reset retires the pair; the public key stays so old signatures still verify.
CREATE TABLE signing_keys (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id),
  key_id TEXT NOT NULL UNIQUE,
  public_key_pem TEXT NOT NULL,
  encrypted_private_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retired_at TEXT
) STRICT;

CREATE INDEX signing_keys_by_user ON signing_keys (user_id, id);

CREATE TRIGGER signing_keys_never_deleted BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'Signing keys are never deleted; old signatures must stay verifiable.'); END;

CREATE TRIGGER signing_keys_public_part_frozen BEFORE UPDATE OF user_id, key_id, public_key_pem, created_at ON signing_keys
BEGIN SELECT RAISE(ABORT, 'The public part of a signing key never changes.'); END;

-- Which users review and approve a type of document by default, and must always be on its route.
CREATE TABLE route_templates (
  doc_type TEXT PRIMARY KEY REFERENCES document_types(code),
  reviewers TEXT NOT NULL DEFAULT '[]',          -- JSON array of user names
  approvers TEXT NOT NULL DEFAULT '[]',
  approval_mode TEXT NOT NULL DEFAULT 'parallel' CHECK (approval_mode IN ('parallel', 'sequential')),
  review_days INTEGER CHECK (review_days IS NULL OR review_days > 0),
  approval_days INTEGER CHECK (approval_days IS NULL OR approval_days > 0)
) STRICT;

CREATE TABLE routes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  approval_mode TEXT NOT NULL CHECK (approval_mode IN ('parallel', 'sequential')),
  state TEXT NOT NULL CHECK (state IN ('open', 'completed', 'rejected', 'cancelled')),
  content_sha256 TEXT NOT NULL,
  opened_by INTEGER NOT NULL REFERENCES users(id),
  opened_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;

CREATE UNIQUE INDEX one_open_route_per_revision ON routes (revision_id) WHERE state = 'open';

CREATE TABLE route_tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  route_id INTEGER NOT NULL REFERENCES routes(id),
  stage TEXT NOT NULL CHECK (stage IN ('review', 'approval')),
  position INTEGER NOT NULL,
  assignee_id INTEGER NOT NULL REFERENCES users(id),
  due_date TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'signed', 'rejected', 'closed')),
  completed_at TEXT,
  signature_id INTEGER REFERENCES signatures(id),
  UNIQUE (route_id, stage, assignee_id)
) STRICT;

CREATE INDEX route_tasks_by_assignee ON route_tasks (assignee_id, state);

-- Electronic signatures (21 CFR 11.50/11.70): the manifest exactly as signed, and its Ed25519 signature.
CREATE TABLE signatures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  route_id INTEGER REFERENCES routes(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  signing_key_id INTEGER NOT NULL REFERENCES signing_keys(id),
  printed_name TEXT NOT NULL,
  meaning TEXT NOT NULL,
  comment TEXT,
  signed_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  utc_offset TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  manifest TEXT NOT NULL,
  signature TEXT NOT NULL
) STRICT;

CREATE INDEX signatures_by_revision ON signatures (revision_id, id);

CREATE TRIGGER signatures_append_only_update BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'Signatures are never changed.'); END;

CREATE TRIGGER signatures_append_only_delete BEFORE DELETE ON signatures
BEGIN SELECT RAISE(ABORT, 'Signatures are never deleted.'); END;

ALTER TABLE revisions ADD COLUMN approved_at TEXT;
ALTER TABLE revisions ADD COLUMN superseded_at TEXT;
ALTER TABLE revisions ADD COLUMN next_review_date TEXT;

-- A request to withdraw a document, decided by an approver's signature.
CREATE TABLE withdrawal_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  reason TEXT NOT NULL,
  requested_by INTEGER NOT NULL REFERENCES users(id),
  requested_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'refused')),
  decided_signature_id INTEGER REFERENCES signatures(id)
) STRICT;

CREATE UNIQUE INDEX one_pending_withdrawal ON withdrawal_requests (document_id) WHERE state = 'pending';

-- Read-and-understood training on effective revisions.
CREATE TABLE training_assignments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  assigned_by INTEGER NOT NULL REFERENCES users(id),
  assigned_at TEXT NOT NULL,
  due_date TEXT,
  signature_id INTEGER REFERENCES signatures(id),
  UNIQUE (revision_id, user_id)
) STRICT;
