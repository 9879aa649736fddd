-- Quire vault schema 5: signing keys issued after an administrator's password reset.
-- Whoever reset a password knew it and could have set the next one: the key issued at that next
-- change is marked, and signatures made with it say so until another controller or administrator
-- confirms, re-authenticated and audited, that the key belongs to the person it names.
ALTER TABLE signing_keys ADD COLUMN issued_after_reset INTEGER NOT NULL DEFAULT 0 CHECK (issued_after_reset IN (0, 1));
ALTER TABLE signing_keys ADD COLUMN identity_confirmed_at TEXT;
ALTER TABLE signing_keys ADD COLUMN identity_confirmed_by INTEGER REFERENCES users(id);

CREATE TRIGGER signing_key_reset_mark_kept BEFORE UPDATE OF issued_after_reset ON signing_keys
WHEN OLD.issued_after_reset = 1 AND NEW.issued_after_reset IS NOT 1
BEGIN SELECT RAISE(ABORT, 'A key issued after a password reset stays marked as such.'); END;

CREATE TRIGGER signing_key_identity_confirmed_once BEFORE UPDATE OF identity_confirmed_at, identity_confirmed_by ON signing_keys
WHEN OLD.identity_confirmed_at IS NOT NULL OR OLD.identity_confirmed_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'An identity confirmation is never changed.'); END;
