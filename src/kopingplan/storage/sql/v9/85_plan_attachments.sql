-- Schema version 9, a revision of the action plan can carry its adopted text as a PDF
-- (issue 18: "its text or an attached PDF"). Attachments gain a sixth owner, as v6 planned:
-- "exactly one owner" is a trigger, so the column is added and the two triggers made again
-- with it. A revision's attachments go with the revision.

ALTER TABLE attachments
    ADD COLUMN plan_revision_id INTEGER REFERENCES plan_revisions (id) ON DELETE CASCADE;
CREATE INDEX attachments_plan_revision ON attachments (plan_revision_id)
    WHERE plan_revision_id IS NOT NULL;

DROP TRIGGER attachments_one_owner_insert;
DROP TRIGGER attachments_one_owner_update;
CREATE TRIGGER attachments_one_owner_insert BEFORE INSERT ON attachments
WHEN (new.case_id IS NOT NULL) + (new.note_id IS NOT NULL) + (new.meeting_id IS NOT NULL)
     + (new.incident_id IS NOT NULL) + (new.concern_id IS NOT NULL)
     + (new.plan_revision_id IS NOT NULL) <> 1
BEGIN
    SELECT RAISE(ABORT, 'an attachment has exactly one owner');
END;
CREATE TRIGGER attachments_one_owner_update BEFORE UPDATE OF case_id, note_id, meeting_id,
    incident_id, concern_id, plan_revision_id ON attachments
WHEN (new.case_id IS NOT NULL) + (new.note_id IS NOT NULL) + (new.meeting_id IS NOT NULL)
     + (new.incident_id IS NOT NULL) + (new.concern_id IS NOT NULL)
     + (new.plan_revision_id IS NOT NULL) <> 1
BEGIN
    SELECT RAISE(ABORT, 'an attachment has exactly one owner');
END;
