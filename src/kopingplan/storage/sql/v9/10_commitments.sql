-- Schema version 9, the action plan as a living document (issue 18): a revision's diary number
-- (diarienummer) of the decision, and the commitments (åtaganden) a revision makes, each
-- linked to the working groups, activities and partner organisations that carry it out.
--
-- Who decided a revision (KF, KS or a committee) is plan_revisions.adopted_by since v1.
ALTER TABLE plan_revisions ADD COLUMN diary_number TEXT NOT NULL DEFAULT '';

-- A commitment names no person and holds no personal data: "unggruppen träffas varje månad",
-- "all personal på högstadieskolorna utbildad senast …". The links are ids in JSON arrays,
-- as an activity's partners are: a removed group, activity or organisation is simply no
-- longer named (no foreign key), and the yearly follow-up says so.
CREATE TABLE commitments (
    id               INTEGER PRIMARY KEY,
    revision_id      INTEGER NOT NULL REFERENCES plan_revisions (id) ON DELETE CASCADE,
    text             TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_on           TEXT CHECK (date(due_on) IS due_on),
    group_ids        TEXT NOT NULL DEFAULT '[]' CHECK (
                         json_valid(group_ids) AND json_type(group_ids) = 'array'),
    activity_ids     TEXT NOT NULL DEFAULT '[]' CHECK (
                         json_valid(activity_ids) AND json_type(activity_ids) = 'array'),
    organisation_ids TEXT NOT NULL DEFAULT '[]' CHECK (
                         json_valid(organisation_ids) AND json_type(organisation_ids) = 'array')
) STRICT;
CREATE INDEX commitments_revision ON commitments (revision_id, id);
