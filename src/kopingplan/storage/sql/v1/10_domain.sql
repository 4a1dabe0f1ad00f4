-- Schema version 1, domain tables: one table per dataclass of kopingplan.domain.model.
-- Released schemas are frozen: change them only through a new migration version.
--
-- Conventions (storage/mapping.py writes and reads these forms, nothing else does):
--   * Column names equal the dataclass field names; `id` is the INTEGER PRIMARY KEY (rowid).
--   * Calendar days are TEXT 'YYYY-MM-DD', checked with `date(x) IS x` (rejects '2026-02-30'
--     and anything that is not a real day; NULL stays allowed where the column is nullable).
--   * Instants are TEXT in UTC with a fixed width, 'YYYY-MM-DDTHH:MM:SS.ffffff+00:00', so text
--     order is time order and the timeline can compare them with day-only values.
--   * Booleans are INTEGER 0/1; tuples are a JSON array in TEXT.
--   * Enumerations are TEXT with a CHECK listing exactly the StrEnum values of model.py; a test
--     inserts every member so the two lists cannot drift apart unnoticed.
--   * Every foreign-key column has an index: SQLite scans the child table on each parent delete
--     otherwise, and retention deletes cases with thousands of notes.
--
-- ON DELETE policy, decided once for the whole schema:
--   * CASCADE for everything that carries a case_id (notes, contacts, level changes,
--     participants, exit plans and through them measures, follow-ups, relative-support threads,
--     agenda items of the case). Retention deletes closed cases; anything that keeps a case_id
--     holds content about that case and must go with it. SET NULL would leave the text behind
--     as an orphan nobody is responsible for, which is exactly what retention must not do.
--   * CASCADE for pure parts and links (meeting attendees, a meeting's agenda and actions, a
--     plan's measures, group memberships, a thread's contacts).
--   * SET NULL for optional "who is responsible / who was it with" references to persons,
--     organisations and groups: the record stands on its own and stays meaningful.
--   * RESTRICT where a delete would silently destroy records that are not part of the parent
--     (a group with meetings: the minutes are records of their own).
--   * Contacts must stay attached to something (a CHECK, below): deleting the only person or
--     organisation of a contact that has no case fails, so the service deletes that contact
--     deliberately instead of leaving an orphan holding content.
--   * Disclosures keep their case_ids (a JSON array, no foreign key): like the audit log, the
--     record that information left the vault must outlive the case it was about.

CREATE TABLE organisations (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN (
                        'police', 'social_services', 'school', 'culture_leisure',
                        'municipal_federation', 'municipality', 'health_care',
                        'employment_service', 'civil_society', 'iop_partner', 'faith_community',
                        'sports_club', 'housing_company', 'other')),
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    agreement       TEXT NOT NULL DEFAULT '',
    agreement_until TEXT CHECK (date(agreement_until) IS agreement_until),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX organisations_kind ON organisations (kind);

CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    given_name      TEXT NOT NULL,
    family_name     TEXT NOT NULL,
    -- Canonical 12 digits (identity_number.py); unique so one human is not entered twice.
    identity_number TEXT UNIQUE CHECK (
                        identity_number IS NULL
                        OR (length(identity_number) = 12
                            AND identity_number NOT GLOB '*[^0-9]*')),
    birth_year      INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    title           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX persons_organisation ON persons (organisation_id);
CREATE INDEX persons_name ON persons (family_name, given_name);

CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('youth_group', 'intervention_group')),
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL,
    -- Sort hook: not a dataclass field. mapping.py fills it from the title on every insert and
    -- update with repositories.tables.title_sort_key (case-folded, å < ä < ö after z), so the
    -- case list sorts and filters in SQL with a plain BINARY index and no collation has to be
    -- registered before the vault can be read or integrity-checked. A better key later means
    -- a migration that recomputes this column; the indexes stay.
    title_key             TEXT NOT NULL,
    level                 TEXT NOT NULL CHECK (level IN ('general', 'specific', 'individual')),
    orientation           TEXT NOT NULL CHECK (orientation IN (
                              'right', 'left', 'islamist', 'other', 'unclear')),
    opened_on             TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    summary               TEXT NOT NULL DEFAULT '',
    responsible_group_id  INTEGER REFERENCES groups (id) ON DELETE SET NULL,
    responsible_person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    closed_on             TEXT CHECK (date(closed_on) IS closed_on),
    close_reason          TEXT NOT NULL DEFAULT '',
    -- Retention selects closed cases by closed_on: a closed case without it would never be
    -- deleted, an open one with it could be deleted too early.
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;
-- The case list: every filter of case_page() with the title order behind it, so a filtered
-- first page is an index range scan, not a sort of 20,000 rows.
CREATE INDEX cases_title ON cases (title_key, id);
CREATE INDEX cases_status_title ON cases (status, title_key);
CREATE INDEX cases_level_title ON cases (level, title_key);
CREATE INDEX cases_orientation_title ON cases (orientation, title_key);
CREATE INDEX cases_group_title ON cases (responsible_group_id, title_key);
CREATE INDEX cases_person_title ON cases (responsible_person_id, title_key);
CREATE INDEX cases_opened ON cases (opened_on);
-- Retention: closed cases by closing day.
CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL;

CREATE TABLE level_changes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    to_level   TEXT NOT NULL CHECK (to_level IN ('general', 'specific', 'individual')),
    changed_on TEXT NOT NULL CHECK (date(changed_on) IS changed_on),
    reason     TEXT NOT NULL,
    from_level TEXT CHECK (from_level IN ('general', 'specific', 'individual'))
) STRICT;
CREATE INDEX level_changes_case ON level_changes (case_id, changed_on);

CREATE TABLE case_participants (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    -- A participation is only a link: deleting the person (erasure) removes it.
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('subject', 'relative', 'professional', 'other')),
    relation  TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, person_id, role)
) STRICT;
CREATE INDEX case_participants_person ON case_participants (person_id);

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    occurred_at     TEXT NOT NULL CHECK (
                        occurred_at GLOB '*+00:00' AND length(occurred_at) = 32
                        AND strftime('%Y-%m-%dT%H:%M:%S', occurred_at)
                            IS substr(occurred_at, 1, 19)),
    channel         TEXT NOT NULL CHECK (channel IN (
                        'phone', 'meeting', 'home_visit', 'email', 'letter', 'digital_meeting',
                        'other')),
    summary         TEXT NOT NULL,
    person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    case_id         INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    follow_up_on    TEXT CHECK (date(follow_up_on) IS follow_up_on),
    -- A contact is with someone or about something; see the ON DELETE policy above.
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL OR case_id IS NOT NULL)
) STRICT;
CREATE INDEX contacts_case ON contacts (case_id, occurred_at);
CREATE INDEX contacts_person ON contacts (person_id, occurred_at);
CREATE INDEX contacts_organisation ON contacts (organisation_id, occurred_at);
CREATE INDEX contacts_follow_up ON contacts (follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    written_at TEXT NOT NULL CHECK (
                   written_at GLOB '*+00:00' AND length(written_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', written_at) IS substr(written_at, 1, 19)),
    text       TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT ''
) STRICT;
-- Notes of a case newest first; also the index the cascade from cases uses.
CREATE INDEX notes_case_written ON notes (case_id, written_at);

CREATE TABLE situation_entries (
    id          INTEGER PRIMARY KEY,
    observed_on TEXT NOT NULL CHECK (date(observed_on) IS observed_on),
    milieu      TEXT NOT NULL,
    orientation TEXT NOT NULL CHECK (orientation IN (
                    'right', 'left', 'islamist', 'other', 'unclear')),
    observation TEXT NOT NULL,
    source      TEXT NOT NULL,
    assessment  TEXT NOT NULL DEFAULT '',
    reliability TEXT NOT NULL DEFAULT 'unknown' CHECK (reliability IN (
                    'confirmed', 'probable', 'possible', 'doubtful', 'unknown'))
) STRICT;
CREATE INDEX situation_entries_observed ON situation_entries (observed_on);
CREATE INDEX situation_entries_orientation ON situation_entries (orientation, observed_on);
CREATE INDEX situation_entries_milieu ON situation_entries (milieu, observed_on);

CREATE TABLE group_memberships (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    from_date       TEXT NOT NULL CHECK (date(from_date) IS from_date),
    -- Membership rows are links: they go with the person or organisation they name.
    person_id       INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    to_date         TEXT CHECK (date(to_date) IS to_date),
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL),
    CHECK (to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX group_memberships_group ON group_memberships (group_id, from_date);
CREATE INDEX group_memberships_person ON group_memberships (person_id);
CREATE INDEX group_memberships_organisation ON group_memberships (organisation_id);

CREATE TABLE meetings (
    id        INTEGER PRIMARY KEY,
    -- RESTRICT: minutes are records of their own; a group with meetings is not deleted.
    group_id  INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    starts_at TEXT NOT NULL CHECK (
                  starts_at GLOB '*+00:00' AND length(starts_at) = 32
                  AND strftime('%Y-%m-%dT%H:%M:%S', starts_at) IS substr(starts_at, 1, 19)),
    place     TEXT NOT NULL DEFAULT '',
    minutes   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meetings_group ON meetings (group_id, starts_at);
CREATE INDEX meetings_starts ON meetings (starts_at);

CREATE TABLE meeting_attendees (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    present    INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
    UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX meeting_attendees_person ON meeting_attendees (person_id);

CREATE TABLE agenda_items (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    -- No UNIQUE: reordering an agenda would need temporary positions otherwise.
    position   INTEGER NOT NULL CHECK (position >= 0),
    kind       TEXT NOT NULL CHECK (kind IN ('case', 'situation', 'other')),
    title      TEXT NOT NULL,
    -- The item's notes and decision are about the case: they go with it (see policy above).
    case_id    INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    notes      TEXT NOT NULL DEFAULT '',
    decision   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_items_case ON agenda_items (case_id);

CREATE TABLE meeting_actions (
    id                    INTEGER PRIMARY KEY,
    meeting_id            INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    description           TEXT NOT NULL,
    due_on                TEXT NOT NULL CHECK (date(due_on) IS due_on),
    -- An action decided under an agenda item is part of it (and so of its case).
    agenda_item_id        INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
    responsible_person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    responsible_text      TEXT NOT NULL DEFAULT '',
    done_on               TEXT CHECK (date(done_on) IS done_on),
    outcome               TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meeting_actions_meeting ON meeting_actions (meeting_id);
CREATE INDEX meeting_actions_agenda_item ON meeting_actions (agenda_item_id);
CREATE INDEX meeting_actions_person ON meeting_actions (responsible_person_id);
-- "Att göra": open actions by due day.
CREATE INDEX meeting_actions_open_due ON meeting_actions (due_on) WHERE done_on IS NULL;

CREATE TABLE exit_plans (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    created_at              TEXT NOT NULL CHECK (
                                created_at GLOB '*+00:00' AND length(created_at) = 32
                                AND strftime('%Y-%m-%dT%H:%M:%S', created_at)
                                    IS substr(created_at, 1, 19)),
    revision                INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    situation               TEXT NOT NULL DEFAULT '',
    prerequisites           TEXT NOT NULL DEFAULT '',
    needs                   TEXT NOT NULL DEFAULT '',
    motivation              INTEGER CHECK (motivation BETWEEN 1 AND 5),
    motivation_reason       TEXT NOT NULL DEFAULT '',
    milieu_to_leave         TEXT NOT NULL DEFAULT '',
    assessment_participants TEXT NOT NULL DEFAULT '',
    social_items            TEXT NOT NULL DEFAULT '[]' CHECK (
                                json_valid(social_items) AND json_type(social_items) = 'array'),
    practical_needs         TEXT NOT NULL DEFAULT '[]' CHECK (
                                json_valid(practical_needs)
                                AND json_type(practical_needs) = 'array'),
    no_measures_reason      TEXT NOT NULL DEFAULT '',
    boundary_confirmed      INTEGER NOT NULL DEFAULT 0 CHECK (boundary_confirmed IN (0, 1)),
    police_sharing_note     TEXT NOT NULL DEFAULT '',
    -- SET NULL, not RESTRICT: a case's revisions are deleted together in any order.
    supersedes_id           INTEGER REFERENCES exit_plans (id) ON DELETE SET NULL,
    -- current_exit_plan() is the highest revision of the case: one row per revision.
    UNIQUE (case_id, revision)
) STRICT;
CREATE INDEX exit_plans_supersedes ON exit_plans (supersedes_id);

CREATE TABLE measures (
    id                    INTEGER PRIMARY KEY,
    plan_id               INTEGER NOT NULL REFERENCES exit_plans (id) ON DELETE CASCADE,
    description           TEXT NOT NULL,
    actor_kind            TEXT NOT NULL CHECK (actor_kind IN (
                              'municipal_unit', 'police', 'health_care', 'employment_service',
                              'civil_society', 'family', 'other')),
    starts_on             TEXT NOT NULL CHECK (date(starts_on) IS starts_on),
    follow_up_on          TEXT CHECK (date(follow_up_on) IS follow_up_on),
    actor_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    actor_person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    actor_text            TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'planned' CHECK (status IN (
                              'planned', 'ongoing', 'done', 'cancelled')),
    outcome               TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX measures_plan ON measures (plan_id, starts_on);
CREATE INDEX measures_follow_up ON measures (follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE INDEX measures_organisation ON measures (actor_organisation_id);
CREATE INDEX measures_person ON measures (actor_person_id);

CREATE TABLE relative_supports (
    id        INTEGER PRIMARY KEY,
    opened_on TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    relation  TEXT NOT NULL,
    -- The relative's own record going away makes the thread anonymous, it does not end it.
    person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    pseudonym TEXT NOT NULL DEFAULT '',
    callback  TEXT NOT NULL DEFAULT '',
    -- The worries are about the case's subject: the thread is case content.
    case_id   INTEGER REFERENCES cases (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX relative_supports_person ON relative_supports (person_id);
CREATE INDEX relative_supports_case ON relative_supports (case_id);
CREATE INDEX relative_supports_opened ON relative_supports (opened_on);

CREATE TABLE follow_ups (
    id                  INTEGER PRIMARY KEY,
    due_on              TEXT NOT NULL CHECK (date(due_on) IS due_on),
    description         TEXT NOT NULL,
    case_id             INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    plan_id             INTEGER REFERENCES exit_plans (id) ON DELETE CASCADE,
    relative_support_id INTEGER REFERENCES relative_supports (id) ON DELETE CASCADE,
    done_on             TEXT CHECK (date(done_on) IS done_on),
    outcome             TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX follow_ups_case ON follow_ups (case_id, due_on);
CREATE INDEX follow_ups_plan ON follow_ups (plan_id);
CREATE INDEX follow_ups_relative_support ON follow_ups (relative_support_id);
-- "Att göra": open follow-ups by due day.
CREATE INDEX follow_ups_open_due ON follow_ups (due_on) WHERE done_on IS NULL;

CREATE TABLE relative_support_contacts (
    id                        INTEGER PRIMARY KEY,
    relative_support_id       INTEGER NOT NULL
                                  REFERENCES relative_supports (id) ON DELETE CASCADE,
    occurred_at               TEXT NOT NULL CHECK (
                                  occurred_at GLOB '*+00:00' AND length(occurred_at) = 32
                                  AND strftime('%Y-%m-%dT%H:%M:%S', occurred_at)
                                      IS substr(occurred_at, 1, 19)),
    channel                   TEXT NOT NULL CHECK (channel IN (
                                  'phone', 'meeting', 'home_visit', 'email', 'letter',
                                  'digital_meeting', 'other')),
    worry                     TEXT NOT NULL,
    signs                     TEXT NOT NULL DEFAULT '[]' CHECK (
                                  json_valid(signs) AND json_type(signs) = 'array'),
    signs_other               TEXT NOT NULL DEFAULT '',
    advice                    TEXT NOT NULL DEFAULT '',
    -- Organisation ids as a JSON array, no foreign key: a referral given stays a fact even if
    -- the partner later leaves the registry.
    referral_organisation_ids TEXT NOT NULL DEFAULT '[]' CHECK (
                                  json_valid(referral_organisation_ids)
                                  AND json_type(referral_organisation_ids) = 'array'),
    consent_to_record         INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_record IN (0, 1)),
    consent_to_contact_others INTEGER NOT NULL DEFAULT 0 CHECK (
                                  consent_to_contact_others IN (0, 1)),
    follow_up_on              TEXT CHECK (date(follow_up_on) IS follow_up_on)
) STRICT;
CREATE INDEX relative_support_contacts_thread
    ON relative_support_contacts (relative_support_id, occurred_at);
CREATE INDEX relative_support_contacts_follow_up
    ON relative_support_contacts (follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE TABLE disclosures (
    id                    INTEGER PRIMARY KEY,
    disclosed_at          TEXT NOT NULL CHECK (
                              disclosed_at GLOB '*+00:00' AND length(disclosed_at) = 32
                              AND strftime('%Y-%m-%dT%H:%M:%S', disclosed_at)
                                  IS substr(disclosed_at, 1, 19)),
    recipient             TEXT NOT NULL,
    content_description   TEXT NOT NULL,
    content_sha256        TEXT NOT NULL CHECK (
                              length(content_sha256) = 64
                              AND content_sha256 NOT GLOB '*[^0-9a-f]*'),
    legal_basis           TEXT NOT NULL,
    decided_by            TEXT NOT NULL,
    decided_by_role       TEXT NOT NULL DEFAULT '',
    purpose               TEXT NOT NULL DEFAULT '',
    legal_basis_note      TEXT NOT NULL DEFAULT '',
    recipient_fingerprint TEXT NOT NULL DEFAULT '',
    case_ids              TEXT NOT NULL DEFAULT '[]' CHECK (
                              json_valid(case_ids) AND json_type(case_ids) = 'array')
) STRICT;
CREATE INDEX disclosures_at ON disclosures (disclosed_at);

CREATE TABLE incidents (
    id                 INTEGER PRIMARY KEY,
    occurred_on        TEXT NOT NULL CHECK (date(occurred_on) IS occurred_on),
    kind               TEXT NOT NULL CHECK (kind IN (
                           'threat', 'harassment', 'pressure', 'violence', 'other')),
    description        TEXT NOT NULL,
    staff_member       TEXT NOT NULL,
    reported_to_police INTEGER NOT NULL DEFAULT 0 CHECK (reported_to_police IN (0, 1)),
    support_given      TEXT NOT NULL DEFAULT '',
    follow_up_on       TEXT CHECK (date(follow_up_on) IS follow_up_on)
) STRICT;
CREATE INDEX incidents_occurred ON incidents (occurred_on);

CREATE TABLE plan_revisions (
    id             INTEGER PRIMARY KEY,
    revision       INTEGER NOT NULL UNIQUE CHECK (revision >= 1),
    adopted_on     TEXT NOT NULL CHECK (date(adopted_on) IS adopted_on),
    adopted_by     TEXT NOT NULL,
    text           TEXT NOT NULL,
    change_summary TEXT NOT NULL DEFAULT ''
) STRICT;
