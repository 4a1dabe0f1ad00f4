-- Schema version 9, retention covers every kind (issue 16): incidents against staff, contacts
-- without a case (partner work, a call with a person), incoming items without a case and
-- meetings (their minutes, agenda, decisions and actions) get periods of their own, and so do
-- the lägesbild's overall assessments for a period (30_situation_periods.sql). What a
-- case holds (notes, contacts, consents, attachments, concerns that led to it …) goes with the
-- case, and an attachment goes with its record, by cascade as before.
--
-- retention_decisions' CHECK lists the kinds, so the table is rebuilt (nothing refers to it).
-- Its clean-up triggers live on the other tables and name it in their bodies: they are dropped
-- first and made again after the rename, one per kind.

DROP TRIGGER cases_retention_delete;
DROP TRIGGER situation_entries_retention_delete;
DROP TRIGGER relative_supports_retention_delete;
DROP TRIGGER disclosures_retention_delete;
DROP TRIGGER concerns_retention_delete;

CREATE TABLE retention_decisions_v9 (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN (
                   'case', 'situation_entry', 'relative_support', 'disclosure', 'concern',
                   'incident', 'contact', 'incoming_item', 'meeting',
                   'situation_assessment')),
    ref_id     INTEGER NOT NULL,
    decided_at TEXT NOT NULL CHECK (
                   decided_at GLOB '*+00:00' AND length(decided_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', decided_at) IS substr(decided_at, 1, 19)),
    decided_by TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    review_on  TEXT NOT NULL CHECK (date(review_on) IS review_on),
    UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO retention_decisions_v9 (id, kind, ref_id, decided_at, decided_by, reason, review_on)
    SELECT id, kind, ref_id, decided_at, decided_by, reason, review_on FROM retention_decisions;
DROP TABLE retention_decisions;
ALTER TABLE retention_decisions_v9 RENAME TO retention_decisions;

-- A "keep" decision goes with its record, however the record goes.
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
CREATE TRIGGER incidents_retention_delete AFTER DELETE ON incidents
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'incident' AND ref_id = old.id;
END;
CREATE TRIGGER contacts_retention_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'contact' AND ref_id = old.id;
END;
CREATE TRIGGER incoming_items_retention_delete AFTER DELETE ON incoming_items
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'incoming_item' AND ref_id = old.id;
END;
CREATE TRIGGER meetings_retention_delete AFTER DELETE ON meetings
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'meeting' AND ref_id = old.id;
END;
CREATE TRIGGER situation_assessments_retention_delete AFTER DELETE ON situation_assessments
BEGIN
    DELETE FROM retention_decisions WHERE kind = 'situation_assessment' AND ref_id = old.id;
END;

-- The review list reads incidents and meetings by their day (indexes of v1 and v2); incoming
-- items and contacts without a case through their case index (case_id NULL first).
