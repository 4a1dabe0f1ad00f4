-- Schema version 1, core tables: vault metadata, identity, settings, drafts and the audit log.
-- Released schemas are frozen: change them only through a new migration version.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The coordinator's signing and decryption identity. The private key never leaves the vault.
-- A replaced identity stays (active = 0) so old briefs and packages can still be checked.
CREATE TABLE identities (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('self_signed', 'pkcs12')),
    certificate_pem TEXT NOT NULL,
    private_key_der BLOB NOT NULL,
    fingerprint     TEXT NOT NULL,
    active          INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX identities_one_active ON identities (active) WHERE active = 1;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Unsaved form and wizard input, kept encrypted here and never in a plain file.
CREATE TABLE drafts (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    ref      TEXT NOT NULL DEFAULT '',
    payload  TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    UNIQUE (kind, ref)
) STRICT;

-- Append-only, hash-chained audit log. Rows hold what happened, never content: they outlive
-- the records they describe (retention deletes content, not its history).
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL DEFAULT '',
    entity_id  INTEGER,
    details    TEXT NOT NULL DEFAULT '{}',
    prev_hash  TEXT NOT NULL,
    row_hash   TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_action ON audit_log (action, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
