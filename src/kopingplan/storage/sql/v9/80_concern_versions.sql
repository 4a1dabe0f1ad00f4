-- Schema version 9, a concern's intake corrected (issue 17): who raised it, how, when, what,
-- the orientation and level can be corrected after it was taken in; the concern as it was is
-- kept here, the shape of v3/10_versions.sql (one JSON object of the stored row, when, by
-- whom, why). The screening decision is not corrected: it stays as decided. Released schemas
-- are frozen: change them only through a new migration version.
--
-- A version goes with its concern (ON DELETE CASCADE: retention of a concern that led to no
-- action, its case's retention). A person or organisation removed from the registry is no
-- longer named by the concern (SET NULL in v5) and, by the triggers below, not by its
-- earlier versions either: an earlier version cannot keep a reference the record lost.
CREATE TABLE concern_versions (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL CHECK (
                    replaced_at GLOB '*+00:00' AND length(replaced_at) = 32
                    AND strftime('%Y-%m-%dT%H:%M:%S', replaced_at)
                        IS substr(replaced_at, 1, 19)),
    replaced_by TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    content     TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object')
) STRICT;
CREATE INDEX concern_versions_record ON concern_versions (record_id, id);

CREATE TRIGGER concern_versions_person_removed AFTER DELETE ON persons
BEGIN
    UPDATE concern_versions SET content = json_set(content, '$.person_id', json('null'))
    WHERE json_extract(content, '$.person_id') = old.id;
END;

CREATE TRIGGER concern_versions_organisation_removed AFTER DELETE ON organisations
BEGIN
    UPDATE concern_versions SET content = json_set(content, '$.organisation_id', json('null'))
    WHERE json_extract(content, '$.organisation_id') = old.id;
END;
