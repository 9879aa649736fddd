-- Quire vault schema 6: what verify needs to re-derive the state from the audit trail, and the chain
-- head a print was made at (a witness of the trail outside the file: the paper and its record).

-- Extracted text is what `diff` compares: append-only, with a hash of what was stored. The event that
-- imported the content (revision.drafted) carries the same hash, so an edit to the text is noticed.
ALTER TABLE content_texts ADD COLUMN text_sha256 TEXT;

CREATE TRIGGER content_texts_never_changed BEFORE UPDATE ON content_texts
BEGIN SELECT RAISE(ABORT, 'Extracted text never changes once recorded.'); END;

CREATE TRIGGER content_texts_never_deleted BEFORE DELETE ON content_texts
BEGIN SELECT RAISE(ABORT, 'Extracted text is never deleted.'); END;

-- The audit chain head (event id and hash) at the moment of each print: `quire verify --against <code>`
-- checks the trail still holds that point.
ALTER TABLE prints ADD COLUMN audit_head_id INTEGER;
ALTER TABLE prints ADD COLUMN audit_head_hash TEXT;

-- The replay in verify walks each kind of entity's events in entity order beside its table, one entity
-- at a time, so memory does not grow with the number of documents.
CREATE INDEX audit_events_by_entity_number ON audit_events (entity_type, CAST(entity_id AS INTEGER), id);
CREATE INDEX routes_by_revision ON routes (revision_id, id);
CREATE INDEX controlled_copies_by_revision ON controlled_copies (revision_id, copy_number);
