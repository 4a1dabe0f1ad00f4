-- Schema version 9, the overall assessments of the lägesbild (30_situation_periods.sql) join
-- the search over everything (40_search_all.sql, whose conventions this file follows): code 18,
-- kind 'situation_assessment', the hit opens the assessment, which is about no case. The text
-- is indexed as it reads now; an earlier version (situation_assessment_versions) is not, as a
-- note's earlier versions are not. Deleting an assessment (retention) takes its index row.
-- Nothing to backfill: the table is new in this same version, which runs as one step.
-- Released schemas are frozen: change them only through a new migration version.
CREATE VIEW search_rows_situation_assessments (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (18 << 48) + t.id, 'situation_assessment', t.id, NULL, t.text
FROM situation_assessments AS t;
CREATE TRIGGER situation_assessments_search_insert AFTER INSERT ON situation_assessments
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_situation_assessments
    WHERE source_id = new.id;
END;
CREATE TRIGGER situation_assessments_search_update AFTER UPDATE OF id, text
    ON situation_assessments
BEGIN
    DELETE FROM search_index WHERE rowid = (18 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_situation_assessments
    WHERE source_id = new.id;
END;
CREATE TRIGGER situation_assessments_search_delete AFTER DELETE ON situation_assessments
BEGIN
    DELETE FROM search_index WHERE rowid = (18 << 48) + old.id;
END;
