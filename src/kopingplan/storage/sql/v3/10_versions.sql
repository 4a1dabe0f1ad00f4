-- Schema version 3, corrections: the earlier versions of a corrected record, and the people
-- taken out of a case with the reason. Released schemas are frozen: change them only through a
-- new migration version.
--
-- Versions. A correction writes the record's new text over the old; the old one is kept here,
-- as the record's stored row (a JSON object, column name -> stored value, the forms of
-- 10_domain.sql), with when and by whom it was replaced. One table per kind of record, all of
-- the same shape, each with a real foreign key to its record: ON DELETE CASCADE takes the
-- versions with the record however it is deleted (retention deleting the case, an erasure),
-- so an earlier text can never outlive the record it was a version of. Another kind (exit
-- plans, say) gets a table of the same shape in a later version and one line in
-- storage/repositories/versions.py.
--
-- Versions are not in the search index: a search finds the record by its current text only.
-- The reason is free text the coordinator wrote (content, like the record): it goes with it.
CREATE TABLE note_versions (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL CHECK (
                    replaced_at GLOB '*+00:00' AND length(replaced_at) = 32
                    AND strftime('%Y-%m-%dT%H:%M:%S', replaced_at)
                        IS substr(replaced_at, 1, 19)),
    replaced_by TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object')
) STRICT;
CREATE INDEX note_versions_record ON note_versions (record_id, id);

CREATE TABLE contact_versions (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL CHECK (
                    replaced_at GLOB '*+00:00' AND length(replaced_at) = 32
                    AND strftime('%Y-%m-%dT%H:%M:%S', replaced_at)
                        IS substr(replaced_at, 1, 19)),
    replaced_by TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object')
) STRICT;
CREATE INDEX contact_versions_record ON contact_versions (record_id, id);

-- A person taken out of a case: who, in which role, when, by whom and why. The participation
-- row itself is deleted (the case no longer lists the person); this row says that they were
-- in it and why they are not. It is case content: it goes with the case (retention) and with
-- the person (an erasure), and the audit row of the removal holds ids only, never the reason.
CREATE TABLE participant_removals (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('subject', 'relative', 'professional', 'other')),
    relation   TEXT NOT NULL DEFAULT '',
    removed_at TEXT NOT NULL CHECK (
                   removed_at GLOB '*+00:00' AND length(removed_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', removed_at) IS substr(removed_at, 1, 19)),
    removed_by TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
CREATE INDEX participant_removals_case ON participant_removals (case_id, removed_at);
CREATE INDEX participant_removals_person ON participant_removals (person_id);
