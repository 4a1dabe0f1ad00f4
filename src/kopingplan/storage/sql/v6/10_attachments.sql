-- Schema version 6, attachments (bilagor, issue 17): files kept inside the vault with a case,
-- a note, a meeting, an incident or an incoming concern. Released schemas are frozen: change them only through a
-- new migration version.
--
-- The record: the name the file had, its kind by content (kopingplan/filetypes.py), size,
-- SHA-256, a PDF's page count, and who added it when. Exactly one owner is set; each owner
-- takes its attachments with it (ON DELETE CASCADE: retention of a case deletes its notes and
-- concerns and so their attachments too; a concern that led to no action takes its own).
-- "Exactly one" is a trigger, not a CHECK, so a later version can add an owner with ALTER
-- TABLE ADD COLUMN and a new trigger instead of rebuilding the table.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0 AND length(file_name) <= 300),
    kind        TEXT NOT NULL CHECK (kind IN ('pdf', 'png', 'jpeg', 'gif', 'docx', 'xlsx',
                    'pptx', 'odt', 'ods', 'odp', 'ole2', 'email')),
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    added_at    TEXT NOT NULL CHECK (
                    added_at GLOB '*+00:00' AND length(added_at) = 32
                    AND strftime('%Y-%m-%dT%H:%M:%S', added_at) IS substr(added_at, 1, 19)),
    added_by    TEXT NOT NULL,
    case_id     INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    note_id     INTEGER REFERENCES notes (id) ON DELETE CASCADE,
    meeting_id  INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
    incident_id INTEGER REFERENCES incidents (id) ON DELETE CASCADE,
    concern_id  INTEGER REFERENCES concerns (id) ON DELETE CASCADE,
    pages       INTEGER CHECK (pages >= 1),
    CHECK ((kind = 'pdf') = (pages IS NOT NULL))
) STRICT;
CREATE INDEX attachments_case ON attachments (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX attachments_note ON attachments (note_id) WHERE note_id IS NOT NULL;
CREATE INDEX attachments_meeting ON attachments (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX attachments_incident ON attachments (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX attachments_concern ON attachments (concern_id) WHERE concern_id IS NOT NULL;

CREATE TRIGGER attachments_one_owner_insert BEFORE INSERT ON attachments
WHEN (new.case_id IS NOT NULL) + (new.note_id IS NOT NULL) + (new.meeting_id IS NOT NULL)
     + (new.incident_id IS NOT NULL) + (new.concern_id IS NOT NULL) <> 1
BEGIN
    SELECT RAISE(ABORT, 'an attachment has exactly one owner');
END;
CREATE TRIGGER attachments_one_owner_update BEFORE UPDATE OF case_id, note_id, meeting_id,
    incident_id, concern_id ON attachments
WHEN (new.case_id IS NOT NULL) + (new.note_id IS NOT NULL) + (new.meeting_id IS NOT NULL)
     + (new.incident_id IS NOT NULL) + (new.concern_id IS NOT NULL) <> 1
BEGIN
    SELECT RAISE(ABORT, 'an attachment has exactly one owner');
END;

-- The bytes, in chunks of at most 1 MiB (storage/repositories/attachments.py): a 20 MB file
-- is twenty bound values, not one statement of 20 MB, and a page shown needs no copy of the
-- whole row in SQLite's own buffers. The chunks go with their attachment.
CREATE TABLE attachment_chunks (
    id            INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    data          BLOB NOT NULL CHECK (length(data) > 0),
    UNIQUE (attachment_id, seq)
) STRICT;
