-- Schema version 8, partners over time (issue 18): an organisation's agreements (IOP and
-- others), each for a period, reminded in Att göra a set time before the end until the
-- reminder is marked done with what was decided. An agreement belongs to its organisation
-- and goes with it. The older one-line "agreement" and "agreement until" of organisations are
-- left as they are: they hold no start day to move into a period.
CREATE TABLE agreements (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('iop', 'other')),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_on        TEXT NOT NULL CHECK (date(starts_on) IS starts_on),
    ends_on          TEXT CHECK (date(ends_on) IS ends_on AND ends_on >= starts_on),
    note             TEXT NOT NULL DEFAULT '',
    reminder_done_on TEXT CHECK (date(reminder_done_on) IS reminder_done_on),
    reminder_outcome TEXT NOT NULL DEFAULT '',
    CHECK (reminder_done_on IS NULL OR ends_on IS NOT NULL),
    CHECK ((reminder_done_on IS NULL) = (reminder_outcome = ''))
) STRICT;
CREATE INDEX agreements_organisation ON agreements (organisation_id, starts_on);
-- Att göra walks the reminders still open by the end day.
CREATE INDEX agreements_ending ON agreements (ends_on)
    WHERE ends_on IS NOT NULL AND reminder_done_on IS NULL;
