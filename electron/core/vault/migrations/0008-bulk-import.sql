-- Quire vault schema 8: bulk import from a shared-drive folder.

-- Where each imported revision came from: the file's absolute path when it was imported and its SHA-256
-- then. A second run of the same import recognises a file by both and adds nothing; a killed run resumes
-- after the last committed batch. The revision.imported event records the same path, so verify can hold
-- each row to the trail. Rows are never changed or deleted: they are the provenance of the record.
CREATE TABLE imported_files (
  revision_id INTEGER PRIMARY KEY REFERENCES revisions(id),
  source_path TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (source_path, source_sha256)
) STRICT;

CREATE TRIGGER imported_files_never_changed BEFORE UPDATE ON imported_files
BEGIN SELECT RAISE(ABORT, 'Where a revision was imported from never changes.'); END;

CREATE TRIGGER imported_files_never_deleted BEFORE DELETE ON imported_files
BEGIN SELECT RAISE(ABORT, 'Where a revision was imported from is never deleted.'); END;
