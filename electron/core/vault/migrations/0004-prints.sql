-- Quire vault schema 4: renditions, prints and the controlled-copy register.

-- The PDF a content prints from: the content itself when it is a PDF ('native-pdf'), else a PDF the
-- app rendered (text, Markdown) or LibreOffice converted (office formats), stored once and reused by
-- every later print so all paper of a revision comes from the same recorded bytes.
CREATE TABLE renditions (
  content_id INTEGER PRIMARY KEY REFERENCES contents(id),
  rendition_content_id INTEGER NOT NULL REFERENCES contents(id),
  kind TEXT NOT NULL CHECK (kind IN ('native-pdf', 'rendered', 'converted')),
  tool TEXT NOT NULL,
  page_count INTEGER NOT NULL CHECK (page_count > 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER renditions_never_changed BEFORE UPDATE ON renditions
BEGIN SELECT RAISE(ABORT, 'A rendition never changes once recorded.'); END;

CREATE TRIGGER renditions_never_deleted BEFORE DELETE ON renditions
BEGIN SELECT RAISE(ABORT, 'Renditions are never deleted.'); END;

-- Numbered paper copies of an effective revision, issued to a copyholder at a location, until recalled.
-- Copy numbers count per document and are never reused (copies are never deleted).
CREATE TABLE controlled_copies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  copy_number INTEGER NOT NULL CHECK (copy_number > 0),
  copyholder TEXT NOT NULL,
  location TEXT NOT NULL,
  issued_by INTEGER NOT NULL REFERENCES users(id),
  issued_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('issued', 'due_for_recall', 'returned', 'destroyed')),
  due_for_recall_at TEXT,
  recalled_at TEXT,
  recalled_by INTEGER REFERENCES users(id),
  recalled_signature_id INTEGER REFERENCES signatures(id),
  UNIQUE (document_id, copy_number),
  CHECK ((status IN ('returned', 'destroyed')) = (recalled_signature_id IS NOT NULL))
) STRICT;

CREATE INDEX controlled_copies_by_status ON controlled_copies (status, document_id);

CREATE TRIGGER controlled_copies_never_deleted BEFORE DELETE ON controlled_copies
BEGIN SELECT RAISE(ABORT, 'Controlled copies are never deleted; recall them instead.'); END;

CREATE TRIGGER controlled_copy_identity_frozen BEFORE UPDATE OF id, document_id, revision_id, copy_number, copyholder, location, issued_by, issued_at ON controlled_copies
BEGIN SELECT RAISE(ABORT, 'A controlled copy''s number, revision, holder and issue never change; issue a new copy.'); END;

-- Every print, controlled or not: what the paper says, so a reader can look its verification code up.
CREATE TABLE prints (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision_id INTEGER NOT NULL REFERENCES revisions(id),
  kind TEXT NOT NULL CHECK (kind IN ('controlled', 'reprint', 'uncontrolled')),
  copy_id INTEGER REFERENCES controlled_copies(id),
  verification_code TEXT NOT NULL UNIQUE,
  printed_by INTEGER NOT NULL REFERENCES users(id),
  printed_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  revision_state TEXT NOT NULL,              -- the state the paper shows (its watermark)
  rendition_sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL CHECK (pages > 0),
  source_pages INTEGER NOT NULL,
  manifest_pages INTEGER NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('stamped', 'cover-sheet')),
  output_sha256 TEXT NOT NULL,
  CHECK ((kind = 'uncontrolled') = (copy_id IS NULL))
) STRICT;

CREATE INDEX prints_by_revision ON prints (revision_id, id);
CREATE INDEX prints_by_copy ON prints (copy_id, id);

CREATE TRIGGER prints_append_only_update BEFORE UPDATE ON prints
BEGIN SELECT RAISE(ABORT, 'Print records are never changed.'); END;

CREATE TRIGGER prints_append_only_delete BEFORE DELETE ON prints
BEGIN SELECT RAISE(ABORT, 'Print records are never deleted.'); END;
