-- The register sorted by owner at 100,000 documents: users walked in name order (ties by id), each
-- one's documents by number through documents_by_owner, so a window is an index walk, not a sort of
-- every document. Derived data: nothing here the audit trail must explain.
CREATE INDEX users_by_full_name ON users (full_name, id);
