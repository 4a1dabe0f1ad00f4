-- Schema version 10, the living plan joins the search over everything: activities at the
-- general level (v8/10_activities.sql), the action plan's commitments and its revisions
-- (v1 plan_revisions, v9/10_commitments.sql). A coordinator who types "moskén" or
-- "Fritidsgården" finds the activity or the commitment that says it. The conventions are
-- v9/40_search_all.sql's: one view per source table (search_rows_<table>) says once what its
-- index row is, and the insert and update triggers and the backfill at the end select from it.
-- Released schemas are frozen: change them only through a new migration version.
--
-- New codes (repositories/search.py's KIND_RANGES and _WHEN hold the same):
--   19 activity        ref_id the activity (the hit opens its form); dated by held_on.
--   20 commitment      ref_id the commitment (the hit opens its form over the plan's window on
--                      its revision); dated by the day its revision was adopted.
--   21 plan_revision   ref_id the revision (the hit opens its form); dated by adopted_on.
-- None is about a case: case_id is NULL.
--
-- What is indexed is what the coordinator wrote in words: an activity's title, target group,
-- description and follow-up note; a commitment's text; a revision's text, what changed and
-- the decision's diary number ("KS 2026/123", what the municipality's registry files it by).
-- Never codes (an activity's kind, its themes), ids (organiser, partners, a commitment's
-- links: the organisations and groups are found as themselves), nor who adopted a revision
-- (KF or KS: a word in every revision, it would find them all).
--
-- Deletes: each table has a delete trigger; SQLite fires it for the commitments a removed
-- revision's cascade takes too, and FTS5's secure-delete removes the tokens
-- (v1/20_search.sql).

-- Activities.
CREATE VIEW search_rows_activities (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (19 << 48) + t.id, 'activity', t.id, NULL,
       concat_ws(char(10), t.title, nullif(t.target_group, ''), nullif(t.description, ''),
                 nullif(t.follow_up_note, ''))
FROM activities AS t;
CREATE TRIGGER activities_search_insert AFTER INSERT ON activities
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_activities
    WHERE source_id = new.id;
END;
CREATE TRIGGER activities_search_update AFTER UPDATE OF id, title, target_group, description,
    follow_up_note ON activities
BEGIN
    DELETE FROM search_index WHERE rowid = (19 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_activities
    WHERE source_id = new.id;
END;
CREATE TRIGGER activities_search_delete AFTER DELETE ON activities
BEGIN
    DELETE FROM search_index WHERE rowid = (19 << 48) + old.id;
END;

-- Commitments: the text.
CREATE VIEW search_rows_commitments (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (20 << 48) + t.id, 'commitment', t.id, NULL, t.text
FROM commitments AS t;
CREATE TRIGGER commitments_search_insert AFTER INSERT ON commitments
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_commitments
    WHERE source_id = new.id;
END;
CREATE TRIGGER commitments_search_update AFTER UPDATE OF id, text ON commitments
BEGIN
    DELETE FROM search_index WHERE rowid = (20 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_commitments
    WHERE source_id = new.id;
END;
CREATE TRIGGER commitments_search_delete AFTER DELETE ON commitments
BEGIN
    DELETE FROM search_index WHERE rowid = (20 << 48) + old.id;
END;

-- Plan revisions: the plan's text, what changed and the diary number.
CREATE VIEW search_rows_plan_revisions (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (21 << 48) + t.id, 'plan_revision', t.id, NULL,
       concat_ws(char(10), nullif(t.change_summary, ''), nullif(t.text, ''),
                 nullif(t.diary_number, ''))
FROM plan_revisions AS t;
CREATE TRIGGER plan_revisions_search_insert AFTER INSERT ON plan_revisions
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_plan_revisions
    WHERE source_id = new.id;
END;
CREATE TRIGGER plan_revisions_search_update AFTER UPDATE OF id, text, change_summary,
    diary_number ON plan_revisions
BEGIN
    DELETE FROM search_index WHERE rowid = (21 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_plan_revisions
    WHERE source_id = new.id;
END;
CREATE TRIGGER plan_revisions_search_delete AFTER DELETE ON plan_revisions
BEGIN
    DELETE FROM search_index WHERE rowid = (21 << 48) + old.id;
END;

-- The rows already in the vault.
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_activities;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_commitments;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_plan_revisions;
