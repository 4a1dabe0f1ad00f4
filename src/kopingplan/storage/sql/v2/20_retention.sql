-- Schema version 2, retention (gallring): the coordinator's decisions to keep a record that is
-- due for deletion, with the reason. Released schemas are frozen: change them only through a
-- new migration version.
--
-- Only "keep" decisions are stored. A decision to delete is carried out at once, in the same
-- transaction as its audit row, so there is nothing left to store about it (the audit row
-- records the deletion without content).
--
-- kind/ref_id point at a row of one of four tables, so there is no foreign key; the triggers
-- below delete a decision together with its record, whichever way the record is deleted. The
-- reason is free text the coordinator wrote about the record: content, which must not outlive
-- the record (and which is why the audit row of a keep decision holds only the review day).
CREATE TABLE retention_decisions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN (
                   'case', 'situation_entry', 'relative_support', 'disclosure')),
    ref_id     INTEGER NOT NULL,
    decided_at TEXT NOT NULL CHECK (
                   decided_at GLOB '*+00:00' AND length(decided_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', decided_at) IS substr(decided_at, 1, 19)),
    decided_by TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    -- The record comes back on the review list on this day: "keep" is never "keep forever".
    review_on  TEXT NOT NULL CHECK (date(review_on) IS review_on),
    -- One standing decision per record; a later decision replaces it (the audit log keeps
    -- that both were made).
    UNIQUE (kind, ref_id)
) STRICT;

CREATE TRIGGER cases_retention_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'case' AND ref_id = old.id;
END;
CREATE TRIGGER situation_entries_retention_delete AFTER DELETE ON situation_entries
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'situation_entry' AND ref_id = old.id;
END;
CREATE TRIGGER relative_supports_retention_delete AFTER DELETE ON relative_supports
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'relative_support' AND ref_id = old.id;
END;
CREATE TRIGGER disclosures_retention_delete AFTER DELETE ON disclosures
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'disclosure' AND ref_id = old.id;
END;
