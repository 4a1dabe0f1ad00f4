-- Schema version 4, lawful sharing (issue 16): organisations marked as the coordinator's own
-- unit, consents on file, and oral disclosures. Released schemas are frozen: change them only
-- through a new migration version.
--
-- Own unit. Social services, school, leisure and the police are separate for secrecy even
-- within one municipality (OSL 8 kap. 2 §): an organisation is outside the coordinator's unit
-- unless marked, so every existing organisation starts as "not own unit".
ALTER TABLE organisations ADD COLUMN own_unit INTEGER NOT NULL DEFAULT 0
    CHECK (own_unit IN (0, 1));

-- How a disclosure left: an encrypted package (every row before v4) or by word of mouth. An
-- oral disclosure's content_sha256 is of the words recorded in content_description. 'brief'
-- (a brief copy saved, printed or attached for a recipient outside the own unit) and
-- 'extract' (a register extract handed to the person it is about) are allowed here already,
-- so issue 16's next slices need no table rebuild: SQLite cannot change a CHECK in place.
ALTER TABLE disclosures ADD COLUMN channel TEXT NOT NULL DEFAULT 'export'
    CHECK (channel IN ('export', 'oral', 'brief', 'extract'));

-- A consent on file for one case (OSL 12 kap. 2 §): who gave it, to which organisations (ids
-- of the registry, a JSON array; no foreign key: a removed organisation is simply no longer
-- named) or kinds of organisation, for which purposes (a JSON array of one-line texts), how,
-- when, until when, and its withdrawal. Case content: it goes with the case (ON DELETE
-- CASCADE, retention), and its audit rows hold ids only.
CREATE TABLE consents (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    given_by           TEXT NOT NULL CHECK (given_by IN ('subject', 'guardian', 'both')),
    guardian           TEXT NOT NULL DEFAULT '',
    organisation_ids   TEXT NOT NULL DEFAULT '[]' CHECK (
                           json_valid(organisation_ids)
                           AND json_type(organisation_ids) = 'array'),
    organisation_kinds TEXT NOT NULL DEFAULT '[]' CHECK (
                           json_valid(organisation_kinds)
                           AND json_type(organisation_kinds) = 'array'),
    purposes           TEXT NOT NULL CHECK (
                           json_valid(purposes) AND json_type(purposes) = 'array'
                           AND json_array_length(purposes) > 0),
    form               TEXT NOT NULL CHECK (form IN ('written', 'oral')),
    witness            TEXT NOT NULL DEFAULT '',
    given_on           TEXT NOT NULL CHECK (date(given_on) IS given_on),
    valid_until        TEXT CHECK (date(valid_until) IS valid_until AND valid_until >= given_on),
    withdrawn_on       TEXT CHECK (date(withdrawn_on) IS withdrawn_on AND withdrawn_on >= given_on),
    withdrawal_form    TEXT CHECK (withdrawal_form IN ('written', 'oral')),
    withdrawal_note    TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL CHECK (
                           recorded_at GLOB '*+00:00' AND length(recorded_at) = 32
                           AND strftime('%Y-%m-%dT%H:%M:%S', recorded_at)
                               IS substr(recorded_at, 1, 19)),
    recorded_by        TEXT NOT NULL,
    CHECK ((withdrawn_on IS NULL) = (withdrawal_form IS NULL)),
    CHECK (form <> 'oral' OR length(trim(witness)) > 0),
    CHECK (json_array_length(organisation_ids) + json_array_length(organisation_kinds) > 0)
) STRICT;
CREATE INDEX consents_case ON consents (case_id, given_on);
