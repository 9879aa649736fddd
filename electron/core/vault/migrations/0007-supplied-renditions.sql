-- Quire vault schema 7: a PDF rendition supplied by the author with an office source, and what a
-- tool-made rendition did to fonts.

-- The author's PDF of the source (the usual eQMS practice: Word where the author works, PDF for paper).
-- Reviewers and approvers sign the source and this rendition together; prints use it. Null: none supplied.
ALTER TABLE revisions ADD COLUMN rendition_content_id INTEGER REFERENCES contents(id);
ALTER TABLE revisions ADD COLUMN rendition_sha256 TEXT;
ALTER TABLE revisions ADD COLUMN rendition_file_name TEXT;
ALTER TABLE revisions ADD COLUMN rendition_pages INTEGER CHECK (rendition_pages IS NULL OR rendition_pages > 0);

-- It is attached only to a draft never submitted. The core checks that inside the transaction that
-- attaches it (the states live in the lifecycle table, not here); a row changed behind its back is found
-- by verify, which replays the rendition from the audit trail and checks every signature that binds it.

-- For a rendition an office program made: the source's fonts it did not use (substituted) and the fonts
-- it left unembedded, as JSON {"substituted": [...], "notEmbedded": [...]}. Null: not checked (before 7).
ALTER TABLE renditions ADD COLUMN fonts TEXT;
