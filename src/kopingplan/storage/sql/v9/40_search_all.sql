-- Schema version 9, search over everything (issue 17): persons, organisations, exit plans,
-- relative-support contacts, meetings, incoming items, incidents and attachments join the
-- search_index of v1/20_search.sql, kept in step by triggers as the first kinds are, and the
-- rows already in the vault are indexed at the end of this file.
-- Released schemas are frozen: change them only through a new migration version.
--
-- Row ids follow v1/20_search.sql: (kind code << 48) + the source row's id. One code per
-- source table; a kind of hit the user sees may span several tables, and its codes are
-- contiguous, so "one kind" stays one rowid range (repositories/search.py holds the same
-- table, KIND_RANGES):
--    1 situation_entry        5 concern (v5)           11-13 meeting: meetings (place,
--    2 contact                6 attachment                   minutes), agenda_items (title,
--    3 note                   7 incoming_item                notes, decision), meeting_actions
--    4 case                   8-9 incident: incidents,       (description, who, outcome)
--                                 incident_supports    14-15 exit_plan: exit_plans (every
--                             10 relative_support:           text field), measures
--                                relative_support_contacts 16 organisation
--                                                      17 person
-- ref_id is the record the hit opens (a meeting for its agenda items and actions, an exit plan
-- for its measures, an incident for its support entries, a relative-support thread for its
-- contacts); case_id is the case the text is about, if any (shown as the case number).
--
-- What is never indexed: a person's personnummer (identity_number). A prefix index on it would
-- find people by the first digits of their birth date; repositories/search.py looks a whole
-- personnummer up by exact match in persons instead. Nor contact details (phone, e-mail,
-- address) or codes of enumerations (a JSON array of signs, a social item's kind).
--
-- The text of a PDF attachment is not in SQL's reach: the attachment's trigger indexes its
-- file name, and services/attachments.py adds the text pdfium extracted in memory to the same
-- row (repositories.search.add_attachment_text) in the transaction that stores the file. The
-- backfill below indexes the file names of attachments stored before this version, except
-- PDFs: version 9's Python step (migrations.index_pdf_texts) writes their rows, name and text,
-- after this file. Written once, not updated: replacing a row costs FTS5's secure-delete.
--
-- One view per source table (search_rows_<table>) says once what its index row is: rowid, kind,
-- ref_id, case_id and body, by source_id. The insert and update triggers and the backfill
-- select from it (SQLite flattens the view: a trigger's row is one primary-key lookup), so the
-- three never drift apart.
--
-- Deletes: every source table has a delete trigger, and SQLite fires them for rows that a
-- cascade deletes too (a case's retention takes its exit plans and their measures, its agenda
-- items and their actions, its relative-support threads and their contacts, its attachments),
-- with FTS5's secure-delete removing the tokens (see v1/20_search.sql and deleting_in_bulk).
-- A case_id a parent holds (a thread's, an incident's, a concern's) is copied to the children's
-- index rows when it changes, by the parent's update triggers below.

-- Persons: the name (given, family), title and notes.
CREATE VIEW search_rows_persons (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (17 << 48) + t.id, 'person', t.id, NULL,
       concat_ws(char(10), t.given_name || ' ' || t.family_name, nullif(t.title, ''),
                 nullif(t.notes, ''))
FROM persons AS t;
CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_persons
    WHERE source_id = new.id;
END;
CREATE TRIGGER persons_search_update AFTER UPDATE OF id, given_name, family_name, title, notes
    ON persons
BEGIN
    DELETE FROM search_index WHERE rowid = (17 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_persons
    WHERE source_id = new.id;
END;
CREATE TRIGGER persons_search_delete AFTER DELETE ON persons
BEGIN
    DELETE FROM search_index WHERE rowid = (17 << 48) + old.id;
END;

-- Organisations: name and notes, and the title and note of each of their agreements (v8,
-- which hold the old one-line agreement since v9/20_partner_kinds.sql): an agreement is
-- found as the organisation it belongs to, whose window lists it.
CREATE VIEW search_rows_organisations (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (16 << 48) + t.id, 'organisation', t.id, NULL,
       concat_ws(char(10), t.name, nullif(t.notes, ''),
                 (SELECT group_concat(concat_ws(char(10), a.title, nullif(a.note, '')),
                                      char(10))
                  FROM agreements AS a WHERE a.organisation_id = t.id))
FROM organisations AS t;
CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_organisations
    WHERE source_id = new.id;
END;
CREATE TRIGGER organisations_search_update AFTER UPDATE OF id, name, notes
    ON organisations
BEGIN
    DELETE FROM search_index WHERE rowid = (16 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_organisations
    WHERE source_id = new.id;
END;
CREATE TRIGGER organisations_search_delete AFTER DELETE ON organisations
BEGIN
    DELETE FROM search_index WHERE rowid = (16 << 48) + old.id;
END;

-- An agreement added, changed or removed indexes its organisation again (both, if it moved),
-- through the organisation's own update trigger above: a no-op update of its name fires it, so
-- what an organisation's row holds is said in one place. When an organisation is deleted its
-- agreements go by cascade: the update then finds no row, and nothing is indexed again.
CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements
BEGIN
    UPDATE organisations SET name = name WHERE id = new.organisation_id;
END;
CREATE TRIGGER agreements_search_update AFTER UPDATE OF organisation_id, title, note
    ON agreements
BEGIN
    UPDATE organisations SET name = name WHERE id IN (old.organisation_id, new.organisation_id);
END;
CREATE TRIGGER agreements_search_delete AFTER DELETE ON agreements
BEGIN
    UPDATE organisations SET name = name WHERE id = old.organisation_id;
END;

-- Exit plans: every text of the assessment, the social items' descriptions and the practical
-- needs' notes (JSON arrays of objects), the reason for no measures and the police note.
-- Each revision is a row of its own, indexed on its own (the hit's day tells them apart).
CREATE VIEW search_rows_exit_plans (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (14 << 48) + t.id, 'exit_plan', t.id, t.case_id,
       concat_ws(char(10), nullif(t.situation, ''), nullif(t.prerequisites, ''),
                 nullif(t.needs, ''), nullif(t.motivation_reason, ''),
                 nullif(t.milieu_to_leave, ''), nullif(t.assessment_participants, ''),
                 (SELECT group_concat(nullif(json_extract(value, '$.description'), ''), char(10))
                  FROM json_each(t.social_items)),
                 (SELECT group_concat(nullif(json_extract(value, '$.note'), ''), char(10))
                  FROM json_each(t.practical_needs)),
                 nullif(t.no_measures_reason, ''), nullif(t.police_sharing_note, ''))
FROM exit_plans AS t;
CREATE TRIGGER exit_plans_search_insert AFTER INSERT ON exit_plans
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_exit_plans
    WHERE source_id = new.id;
END;
CREATE TRIGGER exit_plans_search_update AFTER UPDATE OF id, case_id, situation, prerequisites,
    needs, motivation_reason, milieu_to_leave, assessment_participants, social_items,
    practical_needs, no_measures_reason, police_sharing_note ON exit_plans
BEGIN
    DELETE FROM search_index WHERE rowid = (14 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_exit_plans
    WHERE source_id = new.id;
END;
CREATE TRIGGER exit_plans_search_delete AFTER DELETE ON exit_plans
BEGIN
    DELETE FROM search_index WHERE rowid = (14 << 48) + old.id;
END;

-- Measures of an exit plan: what, who (in words) and the outcome; the hit opens the plan.
CREATE VIEW search_rows_measures (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (15 << 48) + t.id, 'exit_plan', t.plan_id, p.case_id,
       concat_ws(char(10), t.description, nullif(t.actor_text, ''), nullif(t.outcome, ''))
FROM measures AS t JOIN exit_plans AS p ON p.id = t.plan_id;
CREATE TRIGGER measures_search_insert AFTER INSERT ON measures
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_measures
    WHERE source_id = new.id;
END;
CREATE TRIGGER measures_search_update AFTER UPDATE OF id, plan_id, description, actor_text, outcome
    ON measures
BEGIN
    DELETE FROM search_index WHERE rowid = (15 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_measures
    WHERE source_id = new.id;
END;
CREATE TRIGGER measures_search_delete AFTER DELETE ON measures
BEGIN
    DELETE FROM search_index WHERE rowid = (15 << 48) + old.id;
END;

-- Meetings: the place and the minutes.
CREATE VIEW search_rows_meetings (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (11 << 48) + t.id, 'meeting', t.id, NULL,
       concat_ws(char(10), nullif(t.place, ''), nullif(t.minutes, ''))
FROM meetings AS t;
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meetings
    WHERE source_id = new.id;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE OF id, place, minutes ON meetings
BEGIN
    DELETE FROM search_index WHERE rowid = (11 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meetings
    WHERE source_id = new.id;
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings
BEGIN
    DELETE FROM search_index WHERE rowid = (11 << 48) + old.id;
END;

-- Agenda items: title, notes and decision, with the case they are about; the hit opens the
-- meeting.
CREATE VIEW search_rows_agenda_items (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (12 << 48) + t.id, 'meeting', t.meeting_id, t.case_id,
       concat_ws(char(10), t.title, nullif(t.notes, ''), nullif(t.decision, ''))
FROM agenda_items AS t;
CREATE TRIGGER agenda_items_search_insert AFTER INSERT ON agenda_items
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_agenda_items
    WHERE source_id = new.id;
END;
CREATE TRIGGER agenda_items_search_update AFTER UPDATE OF id, meeting_id, case_id, title, notes,
    decision ON agenda_items
BEGIN
    DELETE FROM search_index WHERE rowid = (12 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_agenda_items
    WHERE source_id = new.id;
END;
CREATE TRIGGER agenda_items_search_delete AFTER DELETE ON agenda_items
BEGIN
    DELETE FROM search_index WHERE rowid = (12 << 48) + old.id;
END;

-- Meeting actions: what, who (in words) and the outcome, with the case of their agenda item.
CREATE VIEW search_rows_meeting_actions (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (13 << 48) + t.id, 'meeting', t.meeting_id, i.case_id,
       concat_ws(char(10), t.description, nullif(t.responsible_text, ''), nullif(t.outcome, ''))
FROM meeting_actions AS t LEFT JOIN agenda_items AS i ON i.id = t.agenda_item_id;
CREATE TRIGGER meeting_actions_search_insert AFTER INSERT ON meeting_actions
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meeting_actions
    WHERE source_id = new.id;
END;
CREATE TRIGGER meeting_actions_search_update AFTER UPDATE OF id, meeting_id, agenda_item_id,
    description, responsible_text, outcome ON meeting_actions
BEGIN
    DELETE FROM search_index WHERE rowid = (13 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meeting_actions
    WHERE source_id = new.id;
END;
CREATE TRIGGER meeting_actions_search_delete AFTER DELETE ON meeting_actions
BEGIN
    DELETE FROM search_index WHERE rowid = (13 << 48) + old.id;
END;

-- Relative-support contacts: the worry, other signs in words, the advice. The hit opens the
-- thread; its case is the thread's.
CREATE VIEW search_rows_relative_support_contacts
    (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (10 << 48) + t.id, 'relative_support', t.relative_support_id, s.case_id,
       concat_ws(char(10), t.worry, nullif(t.signs_other, ''), nullif(t.advice, ''))
FROM relative_support_contacts AS t JOIN relative_supports AS s ON s.id = t.relative_support_id;
CREATE TRIGGER relative_support_contacts_search_insert AFTER INSERT ON relative_support_contacts
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_relative_support_contacts
    WHERE source_id = new.id;
END;
CREATE TRIGGER relative_support_contacts_search_update AFTER UPDATE OF id, relative_support_id,
    worry, signs_other, advice ON relative_support_contacts
BEGIN
    DELETE FROM search_index WHERE rowid = (10 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_relative_support_contacts
    WHERE source_id = new.id;
END;
CREATE TRIGGER relative_support_contacts_search_delete AFTER DELETE ON relative_support_contacts
BEGIN
    DELETE FROM search_index WHERE rowid = (10 << 48) + old.id;
END;

-- Incidents: what happened, the staff member and the support given (in words).
CREATE VIEW search_rows_incidents (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (8 << 48) + t.id, 'incident', t.id, t.case_id,
       concat_ws(char(10), t.description, t.staff_member, nullif(t.support_given, ''))
FROM incidents AS t;
CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incidents
    WHERE source_id = new.id;
END;
CREATE TRIGGER incidents_search_update AFTER UPDATE OF id, case_id, description, staff_member,
    support_given ON incidents
BEGIN
    DELETE FROM search_index WHERE rowid = (8 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incidents
    WHERE source_id = new.id;
END;
CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents
BEGIN
    DELETE FROM search_index WHERE rowid = (8 << 48) + old.id;
END;

-- Support entries of an incident (v7): what and by whom; the hit opens the incident.
CREATE VIEW search_rows_incident_supports (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (9 << 48) + t.id, 'incident', t.incident_id, i.case_id,
       concat_ws(char(10), t.description, t.given_by)
FROM incident_supports AS t JOIN incidents AS i ON i.id = t.incident_id;
CREATE TRIGGER incident_supports_search_insert AFTER INSERT ON incident_supports
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incident_supports
    WHERE source_id = new.id;
END;
CREATE TRIGGER incident_supports_search_update AFTER UPDATE OF id, incident_id, description,
    given_by ON incident_supports
BEGIN
    DELETE FROM search_index WHERE rowid = (9 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incident_supports
    WHERE source_id = new.id;
END;
CREATE TRIGGER incident_supports_search_delete AFTER DELETE ON incident_supports
BEGIN
    DELETE FROM search_index WHERE rowid = (9 << 48) + old.id;
END;

-- Incoming items (from the police): title, text, source and the sender's reference.
CREATE VIEW search_rows_incoming_items (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (7 << 48) + t.id, 'incoming_item', t.id, t.case_id,
       concat_ws(char(10), nullif(t.title, ''), nullif(t.text, ''), t.source,
                 nullif(t.reference, ''))
FROM incoming_items AS t;
CREATE TRIGGER incoming_items_search_insert AFTER INSERT ON incoming_items
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incoming_items
    WHERE source_id = new.id;
END;
CREATE TRIGGER incoming_items_search_update AFTER UPDATE OF id, case_id, title, text, source,
    reference ON incoming_items
BEGIN
    DELETE FROM search_index WHERE rowid = (7 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incoming_items
    WHERE source_id = new.id;
END;
CREATE TRIGGER incoming_items_search_delete AFTER DELETE ON incoming_items
BEGIN
    DELETE FROM search_index WHERE rowid = (7 << 48) + old.id;
END;

-- Attachments: the file name; a PDF's text is added by the service (see the top). The case is
-- the owner's: its own, its note's, its concern's or its incident's.
CREATE VIEW search_rows_attachments (source_id, row_id, kind, ref_id, case_id, body) AS
SELECT t.id, (6 << 48) + t.id, 'attachment', t.id,
       coalesce(t.case_id, (SELECT case_id FROM notes WHERE id = t.note_id),
                (SELECT case_id FROM concerns WHERE id = t.concern_id),
                (SELECT case_id FROM incidents WHERE id = t.incident_id)),
       t.file_name
FROM attachments AS t;
CREATE TRIGGER attachments_search_insert AFTER INSERT ON attachments
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    SELECT row_id, kind, ref_id, case_id, body FROM search_rows_attachments
    WHERE source_id = new.id;
END;
CREATE TRIGGER attachments_search_delete AFTER DELETE ON attachments
BEGIN
    DELETE FROM search_index WHERE rowid = (6 << 48) + old.id;
END;

-- An attachment's update keeps the text after the name and follows the owner's case.
CREATE TRIGGER attachments_search_update AFTER UPDATE OF file_name, case_id, note_id,
    incident_id, concern_id ON attachments
BEGIN
    UPDATE search_index
    SET case_id = (SELECT case_id FROM search_rows_attachments WHERE source_id = new.id),
        body = new.file_name || substr(body, length(old.file_name) + 1)
    WHERE rowid = (6 << 48) + new.id;
END;

-- A case_id a parent holds, copied to its children's rows when it changes: a relative-support
-- thread's to its contacts', an incident's to its support entries' and attachments', a
-- concern's (it opened a case) to its attachments'.
CREATE TRIGGER relative_supports_search_case AFTER UPDATE OF case_id ON relative_supports
BEGIN
    UPDATE search_index SET case_id = new.case_id
    WHERE rowid IN (SELECT (10 << 48) + id FROM relative_support_contacts
                    WHERE relative_support_id = new.id);
END;
CREATE TRIGGER incidents_search_case AFTER UPDATE OF case_id ON incidents
BEGIN
    UPDATE search_index SET case_id = new.case_id
    WHERE rowid IN (SELECT (9 << 48) + id FROM incident_supports WHERE incident_id = new.id
                    UNION ALL
                    SELECT (6 << 48) + id FROM attachments WHERE incident_id = new.id);
END;
CREATE TRIGGER concerns_search_attachments_case AFTER UPDATE OF case_id ON concerns
BEGIN
    UPDATE search_index SET case_id = new.case_id
    WHERE rowid IN (SELECT (6 << 48) + id FROM attachments WHERE concern_id = new.id);
END;

-- Backfill: the rows written before this version.
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_persons;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_organisations;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_exit_plans;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_measures;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meetings;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_agenda_items;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_meeting_actions;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_relative_support_contacts;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incidents;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incident_supports;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_incoming_items;
INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
SELECT row_id, kind, ref_id, case_id, body FROM search_rows_attachments
WHERE source_id NOT IN (SELECT id FROM attachments WHERE kind = 'pdf');
