-- Schema version 9, per-recipient minimisation (issue 16): an organisation's content profile,
-- the parts of a case it gets by default in a meeting brief (the names of CaseContent's parts,
-- e.g. ["level", "orientation", "measures"], as a JSON array). No row: the working group's
-- default. A copy never holds more than the coordinator chose for the case: the profile is
-- intersected with that choice when the copy is made. Gone with its organisation.
CREATE TABLE organisation_content_profiles (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    parts           TEXT NOT NULL CHECK (json_valid(parts) AND json_type(parts) = 'array')
) STRICT;
