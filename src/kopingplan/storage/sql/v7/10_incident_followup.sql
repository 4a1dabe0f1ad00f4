-- Schema version 7, incidents that are followed up (issue 17): an incident against staff can
-- name the case it arose in and the lägesbild entries it belongs with; the support given is a
-- list of dated entries (what, when, by whom); the follow-up day is in Att göra until it is
-- marked done. Released schemas are frozen: change them only through a new migration version.
--
-- The incident is the employer's record, not case content: when retention deletes a case the
-- link is cleared (SET NULL) and the incident stays. Support entries and lägesbild links go
-- with their incident; a link also goes with its lägesbild entry.
ALTER TABLE incidents ADD COLUMN case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL;
ALTER TABLE incidents ADD COLUMN follow_up_done_on TEXT
    CHECK (date(follow_up_done_on) IS follow_up_done_on);
CREATE INDEX incidents_case ON incidents (case_id) WHERE case_id IS NOT NULL;
-- Att göra walks the open follow-ups by day.
CREATE INDEX incidents_follow_up_open ON incidents (follow_up_on)
    WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL;

CREATE TABLE incident_supports (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    given_on    TEXT NOT NULL CHECK (date(given_on) IS given_on),
    kind        TEXT NOT NULL CHECK (kind IN (
                    'talk', 'occupational_health', 'police_report', 'protection', 'follow_up',
                    'other')),
    description TEXT NOT NULL,
    given_by    TEXT NOT NULL CHECK (length(trim(given_by)) > 0),
    recorded_by TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX incident_supports_incident ON incident_supports (incident_id, given_on);

CREATE TABLE incident_situation_entries (
    incident_id        INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    situation_entry_id INTEGER NOT NULL REFERENCES situation_entries (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, situation_entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_situation_entries_entry
    ON incident_situation_entries (situation_entry_id);
