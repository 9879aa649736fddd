-- Quire vault schema 3: the extracted text of stored content, for comparing revisions.
-- Text belongs to content (stored once per SHA-256), so two revisions with the same file share it.
CREATE TABLE content_texts (
  content_id INTEGER PRIMARY KEY REFERENCES contents(id),
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  pages TEXT,                 -- JSON array of page texts when status = 'ok'
  failure_reason TEXT,        -- why extraction failed; the revision imported all the same
  extracted_at TEXT NOT NULL,
  CHECK ((status = 'ok') = (pages IS NOT NULL))
) STRICT;
