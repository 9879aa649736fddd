-- Quire vault schema 10: indexes the home page's vault state reads by (`home.summary`), so it answers
-- from the rows that matter on a vault of 100,000 documents instead of scanning every revision.

-- Revisions by state: effective ones by their next periodic review, approved ones waiting for release,
-- drafts sent back by a rejection.
CREATE INDEX revisions_by_state ON revisions (state, next_review_date);

-- Open read-and-understood training, and each person's.
CREATE INDEX training_assignments_open ON training_assignments (revision_id) WHERE signature_id IS NULL;
CREATE INDEX training_assignments_by_user ON training_assignments (user_id, revision_id);

-- Documents by owner: those whose owner's account is disabled.
CREATE INDEX documents_by_owner ON documents (owner_id);
