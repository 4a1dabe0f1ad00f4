-- Schema version 9, the lägesbild for a period (issue 18): the coordinator's overall
-- assessment (samlad bedömning) of the situation picture for a period, with its earlier
-- versions, and the police items of incoming packages taken into the lägesbild.
-- Released schemas are frozen: change them only through a new migration version.
--
-- An assessment is the coordinator's own text about milieus and orientations, not about a
-- case; it names who wrote it and when (the latest writer and time: a correction replaces
-- both, and the row as it was is kept in situation_assessment_versions, the shape of
-- v3/10_versions.sql, so the earlier texts and their writers stay readable).
CREATE TABLE situation_assessments (
    id         INTEGER PRIMARY KEY,
    first_day  TEXT NOT NULL CHECK (date(first_day) IS first_day),
    last_day   TEXT NOT NULL CHECK (date(last_day) IS last_day AND last_day >= first_day),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL CHECK (
                   written_at GLOB '*+00:00' AND length(written_at) = 32
                   AND strftime('%Y-%m-%dT%H:%M:%S', written_at) IS substr(written_at, 1, 19))
) STRICT;
CREATE INDEX situation_assessments_period ON situation_assessments (last_day, first_day);

CREATE TABLE situation_assessment_versions (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES situation_assessments (id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL CHECK (
                    replaced_at GLOB '*+00:00' AND length(replaced_at) = 32
                    AND strftime('%Y-%m-%dT%H:%M:%S', replaced_at)
                        IS substr(replaced_at, 1, 19)),
    replaced_by TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object')
) STRICT;
CREATE INDEX situation_assessment_versions_record
    ON situation_assessment_versions (record_id, id);

-- A lägesbild entry made from an incoming item (kind 'situation', from the police): the link
-- says where the entry came from and keeps the item from being taken twice (one entry per
-- item). A link only: it goes with the entry (retention, a removal) and with the item (its
-- case's retention); the entry itself names the sender as its source and stays.
CREATE TABLE situation_entry_sources (
    situation_entry_id INTEGER PRIMARY KEY
                       REFERENCES situation_entries (id) ON DELETE CASCADE,
    incoming_item_id   INTEGER NOT NULL UNIQUE
                       REFERENCES incoming_items (id) ON DELETE CASCADE
) STRICT;
