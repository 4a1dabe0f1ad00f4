-- Schema version 5, incoming concerns (inkommande oro, issue 17): who raised a concern, how,
-- when, what was said, the orientation and level it seems to concern, and the screening
-- decision. Released schemas are frozen: change them only through a new migration version.
--
-- Who raised it: an organisation or a person of the registry (a removed one is simply no
-- longer named: SET NULL) and/or a name or role in words; or anonymous.
-- The decision: NULL while the concern is open. "case_opened" links it to the case, and the
-- concern then is case content: it goes with the case (ON DELETE CASCADE, retention).
-- "referred" names to whom; "referred" and "no_action" say why. A concern that led to no
-- action has its own retention period (kind 'concern' below).
CREATE TABLE concerns (
    id              INTEGER PRIMARY KEY,
    received_on     TEXT NOT NULL CHECK (date(received_on) IS received_on),
    source          TEXT NOT NULL CHECK (source IN ('organisation', 'person', 'anonymous')),
    channel         TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'meeting', 'package')),
    description     TEXT NOT NULL CHECK (length(trim(description)) > 0),
    recorded_at     TEXT NOT NULL CHECK (
                        recorded_at GLOB '*+00:00' AND length(recorded_at) = 32
                        AND strftime('%Y-%m-%dT%H:%M:%S', recorded_at)
                            IS substr(recorded_at, 1, 19)),
    recorded_by     TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    raised_by       TEXT NOT NULL DEFAULT '',
    orientation     TEXT NOT NULL DEFAULT 'unclear' CHECK (
                        orientation IN ('right', 'left', 'islamist', 'other', 'unclear')),
    level           TEXT CHECK (level IN ('general', 'specific', 'individual')),
    decision        TEXT CHECK (decision IN ('case_opened', 'referred', 'no_action')),
    decided_on      TEXT CHECK (date(decided_on) IS decided_on AND decided_on >= received_on),
    decided_by      TEXT NOT NULL DEFAULT '',
    case_id         INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    referred_to     TEXT NOT NULL DEFAULT '',
    decision_reason TEXT NOT NULL DEFAULT '',
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    CHECK (decision IS NULL OR length(trim(decided_by)) > 0),
    CHECK ((coalesce(decision, '') = 'case_opened') = (case_id IS NOT NULL)),
    CHECK (coalesce(decision, '') <> 'referred' OR length(trim(referred_to)) > 0),
    CHECK (coalesce(decision, '') NOT IN ('referred', 'no_action')
           OR length(trim(decision_reason)) > 0)
) STRICT;
CREATE INDEX concerns_received ON concerns (received_on, id);
-- Att göra walks the open ones only.
CREATE INDEX concerns_open ON concerns (received_on, id) WHERE decision IS NULL;
CREATE INDEX concerns_case ON concerns (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX concerns_no_action ON concerns (decided_on) WHERE decision = 'no_action';

-- Search: the words of a concern, who raised it in words, where it was referred and why.
-- Kind code 5 in the rowid scheme of v1/20_search.sql (repositories/search.py holds it too).
CREATE TRIGGER concerns_search_insert AFTER INSERT ON concerns
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((5 << 48) + new.id, 'concern', new.id, new.case_id,
            concat_ws(char(10), new.description, nullif(new.raised_by, ''),
                      nullif(new.referred_to, ''), nullif(new.decision_reason, '')));
END;
CREATE TRIGGER concerns_search_update AFTER UPDATE OF id, case_id, description, raised_by,
    referred_to, decision_reason ON concerns
BEGIN
    DELETE FROM search_index WHERE rowid = (5 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((5 << 48) + new.id, 'concern', new.id, new.case_id,
            concat_ws(char(10), new.description, nullif(new.raised_by, ''),
                      nullif(new.referred_to, ''), nullif(new.decision_reason, '')));
END;
CREATE TRIGGER concerns_search_delete AFTER DELETE ON concerns
BEGIN
    DELETE FROM search_index WHERE rowid = (5 << 48) + old.id;
END;

-- Retention: "keep" decisions may now name a concern. SQLite cannot change a CHECK, so the
-- table is rebuilt (its rows copied) and the triggers that refer to it are made again.
DROP TRIGGER cases_retention_delete;
DROP TRIGGER situation_entries_retention_delete;
DROP TRIGGER relative_supports_retention_delete;
DROP TRIGGER disclosures_retention_delete;
CREATE TABLE retention_decisions_v5 (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN (
                   'case', 'situation_entry', 'relative_support', 'disclosure', 'concern')),
    ref_id     INTEGER NOT NULL,
    decided_at TEXT NOT NULL CHECK (
                   decided_at GLOB '*+00:00' AND length(decided_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', decided_at) IS substr(decided_at, 1, 19)),
    decided_by TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    review_on  TEXT NOT NULL CHECK (date(review_on) IS review_on),
    UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO retention_decisions_v5 (id, kind, ref_id, decided_at, decided_by, reason, review_on)
    SELECT id, kind, ref_id, decided_at, decided_by, reason, review_on FROM retention_decisions;
DROP TABLE retention_decisions;
ALTER TABLE retention_decisions_v5 RENAME TO retention_decisions;
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
CREATE TRIGGER concerns_retention_delete AFTER DELETE ON concerns
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'concern' AND ref_id = old.id;
END;
