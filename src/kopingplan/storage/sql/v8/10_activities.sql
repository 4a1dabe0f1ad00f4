-- Schema version 8, work at the general level (issue 18): activities such as information
-- meetings, trainings of staff, campaigns, dialogues with faith communities and associations
-- and school workshops. Released schemas are frozen: change them only through a new migration
-- version.
--
-- An activity holds no personal data: the participants are a number, the target group is
-- words ("personal på högstadieskolorna"). The organiser is an organisation of the registry,
-- or NULL for the coordinator's own unit; the partners are organisations' ids in a JSON array.
-- Neither has a foreign key (as in consents): a removed organisation is simply no longer
-- named, and an organiser that was removed must not turn into "own unit" (SET NULL would).
CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    held_on        TEXT NOT NULL CHECK (date(held_on) IS held_on),
    kind           TEXT NOT NULL CHECK (kind IN (
                       'information_meeting', 'training', 'campaign', 'dialogue',
                       'school_workshop', 'other')),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organiser_id   INTEGER CHECK (organiser_id > 0),
    partner_ids    TEXT NOT NULL DEFAULT '[]' CHECK (
                       json_valid(partner_ids) AND json_type(partner_ids) = 'array'),
    target_group   TEXT NOT NULL DEFAULT '',
    themes         TEXT NOT NULL DEFAULT '[]' CHECK (
                       json_valid(themes) AND json_type(themes) = 'array'),
    participants   INTEGER CHECK (participants >= 0),
    description    TEXT NOT NULL DEFAULT '',
    follow_up_on   TEXT CHECK (date(follow_up_on) IS follow_up_on AND follow_up_on >= held_on),
    follow_up_note TEXT NOT NULL DEFAULT ''
) STRICT;
-- The list, newest first, a year at a time.
CREATE INDEX activities_held ON activities (held_on, id);
