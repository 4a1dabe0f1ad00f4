-- Schema version 9, lawful sharing (issue 16): whom a disclosure is about and what kind of
-- recipient received it, so the register extract can list the disclosures about a person and
-- the disclosure report can say "about these persons, to this kind of recipient".
--
-- The kind of recipient, in the organisation kind vocabulary (organisations.kind): the kind of
-- the registry's organisation the recipient is, or at. NULL when the recipient is not in the
-- registry, or is the person themself (a register extract).
ALTER TABLE disclosures ADD COLUMN recipient_kind TEXT CHECK (recipient_kind IN (
    'police', 'social_services', 'school', 'culture_leisure', 'municipal_federation',
    'municipality', 'health_care', 'employment_service', 'civil_society', 'iop_partner',
    'faith_community', 'sports_club', 'housing_company', 'probation', 'psychiatry',
    'security_company', 'other'));

-- The persons a disclosure is about, as they were when it was made: the people of its cases
-- in every role but 'professional' (the case subject, relatives, others; the same people a
-- register extract counts the case as being about), or the person a register extract was
-- given to. Links only: the disclosure row stays the record; a person erased is unlinked, a
-- disclosure deleted by retention takes its links with it.
CREATE TABLE disclosure_subjects (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (disclosure_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX disclosure_subjects_person ON disclosure_subjects (person_id, disclosure_id);

-- Backfill the kind. An export names its recipient's certificate, whose free-text organisation
-- is matched against the registry's names; an oral disclosure or a brief copy reads
-- "Organisation" or "Person, Organisation". Only a name that exactly one organisation has
-- (case of ASCII letters and outer spaces ignored) gives a kind; anything else stays NULL.
UPDATE disclosures SET recipient_kind = (
    SELECT min(o.kind) FROM organisations o
    WHERE trim(o.name) <> '' AND trim(o.name) = trim((
        SELECT r.organisation FROM recipients r
        WHERE r.fingerprint = disclosures.recipient_fingerprint)) COLLATE NOCASE
    HAVING count(*) = 1)
WHERE channel = 'export' AND recipient_fingerprint <> '';

UPDATE disclosures SET recipient_kind = (
    SELECT min(o.kind) FROM organisations o
    WHERE trim(o.name) <> ''
      AND (trim(disclosures.recipient) = trim(o.name) COLLATE NOCASE
           OR substr(trim(disclosures.recipient), -length(trim(o.name)) - 2)
              = (', ' || trim(o.name)) COLLATE NOCASE)
    HAVING count(*) = 1)
WHERE channel IN ('oral', 'brief');

-- Backfill the persons: a register extract names its person in the first words of its
-- description ("Registerutdrag för person 12: …"); every other disclosure is about the people
-- its cases have now (the best the vault knows of how they were then).
INSERT OR IGNORE INTO disclosure_subjects (disclosure_id, person_id)
SELECT d.id, p.id
FROM disclosures d JOIN persons p
  ON p.id = CAST(substr(d.content_description, length('Registerutdrag för person ') + 1,
                        instr(d.content_description, ':') - length('Registerutdrag för person ')
                        - 1) AS INTEGER)
WHERE d.channel = 'extract'
  AND substr(d.content_description, 1, length('Registerutdrag för person ')) =
      'Registerutdrag för person ';

INSERT OR IGNORE INTO disclosure_subjects (disclosure_id, person_id)
SELECT DISTINCT d.id, cp.person_id
FROM disclosures d, json_each(d.case_ids) c
JOIN case_participants cp ON cp.case_id = c.value
WHERE d.channel <> 'extract' AND cp.role <> 'professional';

-- Incoming information keeps the sender's own record of its disclosure, as the package gave
-- it: the legal basis (its title), who decided ("name, role") and the purpose. Items imported
-- before v9 did not keep them (the package itself is not stored) and read "".
ALTER TABLE incoming_items ADD COLUMN sender_legal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming_items ADD COLUMN sender_decided_by TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming_items ADD COLUMN sender_purpose TEXT NOT NULL DEFAULT '';

-- The meeting an oral disclosure was made at, so the meeting's minutes can list what was
-- disclosed there. A meeting deleted leaves the disclosure, without the link.
ALTER TABLE disclosures ADD COLUMN meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL;
CREATE INDEX disclosures_meeting ON disclosures (meeting_id) WHERE meeting_id IS NOT NULL;
