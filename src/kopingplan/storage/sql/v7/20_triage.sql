-- Schema version 7, triage over time (issue 17): a case can carry flags (threat to others,
-- weapons, travel plans, a child in the home, other), each with a reason, who set it and when;
-- clearing one keeps it, with who cleared it, when and why, so the history stays. At most one
-- flag of a kind is in force on a case at a time. A case's priority is a row of its own (no row:
-- normal). Both are case content and go with the case (ON DELETE CASCADE).
CREATE TABLE case_flags (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN (
                     'threat_to_others', 'weapons', 'travel_plans', 'child_in_home', 'other')),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_at       TEXT NOT NULL CHECK (
                     set_at GLOB '*+00:00' AND length(set_at) = 32
                     AND strftime('%Y-%m-%dT%H:%M:%S', set_at) IS substr(set_at, 1, 19)),
    set_by       TEXT NOT NULL,
    cleared_at   TEXT CHECK (
                     cleared_at GLOB '*+00:00' AND length(cleared_at) = 32
                     AND strftime('%Y-%m-%dT%H:%M:%S', cleared_at) IS substr(cleared_at, 1, 19)),
    cleared_by   TEXT NOT NULL DEFAULT '',
    clear_reason TEXT NOT NULL DEFAULT '',
    CHECK ((cleared_at IS NULL) = (clear_reason = ''))
) STRICT;
CREATE UNIQUE INDEX case_flags_in_force ON case_flags (case_id, kind) WHERE cleared_at IS NULL;
-- The case list's flag filter and Att göra's order walk the flags in force by kind.
CREATE INDEX case_flags_kind_in_force ON case_flags (kind, case_id) WHERE cleared_at IS NULL;
CREATE INDEX case_flags_case ON case_flags (case_id, set_at);

CREATE TABLE case_priorities (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    priority TEXT NOT NULL CHECK (priority IN ('high', 'low')),
    set_at   TEXT NOT NULL CHECK (
                 set_at GLOB '*+00:00' AND length(set_at) = 32
                 AND strftime('%Y-%m-%dT%H:%M:%S', set_at) IS substr(set_at, 1, 19)),
    set_by   TEXT NOT NULL
) STRICT;
CREATE INDEX case_priorities_priority ON case_priorities (priority, case_id);
