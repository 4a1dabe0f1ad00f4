-- pragma: foreign_keys off
-- Schema version 9, partners and working groups of more kinds (issue 18).
--
-- Organisations gain the kinds the action plan works with besides the municipality's own
-- units: the prison and probation service (Kriminalvården, frivården), the region's
-- psychiatry and security companies. Working groups gain SSPF (school, social services,
-- police and leisure), the local crime prevention council (BRÅ) and a kind the coordinator
-- names (kind 'other' with its name in kind_name). Organisations also lose the free-text
-- agreement of v1, moved into agreements (below).
--
-- A CHECK constraint cannot be altered in SQLite, so both tables are rebuilt the way SQLite's
-- documentation prescribes ("Making Other Kinds Of Table Schema Changes"): a new table, the
-- rows copied with their ids, the old table dropped, the new one renamed, its index made
-- again. Other tables refer to both (persons, cases, memberships, concerns, agreements …,
-- many ON DELETE CASCADE or SET NULL), so the first line above tells the migration runner to
-- run this version with foreign keys off: dropping the old table must not delete or blank a
-- single row that refers to it. The runner checks every reference (PRAGMA foreign_key_check)
-- before it commits, and rolls the whole version back if one is broken.

CREATE TABLE organisations_v9 (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN (
                        'police', 'social_services', 'school', 'culture_leisure',
                        'municipal_federation', 'municipality', 'health_care',
                        'employment_service', 'civil_society', 'iop_partner', 'faith_community',
                        'sports_club', 'housing_company', 'probation', 'psychiatry',
                        'security_company', 'other')),
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    own_unit        INTEGER NOT NULL DEFAULT 0 CHECK (own_unit IN (0, 1))
) STRICT;
INSERT INTO organisations_v9 (id, name, kind, phone, email, address, notes, own_unit)
SELECT id, name, kind, phone, email, address, notes, own_unit
FROM organisations;

-- The old one-line agreement of schema v1 ("agreement", "agreement until") becomes a row of
-- the agreements of v8, and the rebuilt table above no longer has the two columns (issue 18).
-- Each organisation with an agreement text or an end day gets one agreement:
--   * kind IOP when the organisation is an IOP partner or the text starts with "IOP", else
--     other,
--   * title: the text's first line, the note: the whole text. An end day without a text gets
--     the title "Avtal" (the vault's texts are Swedish, and a title may not be empty),
--   * ends_on: the old "agreement until" (none if it had none),
--   * starts_on: the old fields held no start day. The earliest day the vault can vouch for is
--     the day it was created (meta.created_at; today for a vault without one): the agreement
--     was written down after that, so it ran then or later. An agreement that had already
--     ended before the vault was created starts on 1 January of its last year instead, so the
--     period never ends before it starts (the table's CHECK).
-- New ids follow the agreements already there (INTEGER PRIMARY KEY); the reminder is open, so
-- an agreement with an end day reaches Att göra as any other does.
INSERT INTO agreements (organisation_id, kind, title, starts_on, ends_on, note)
SELECT legacy.id,
       CASE WHEN legacy.kind = 'iop_partner' OR upper(substr(legacy.text, 1, 3)) = 'IOP'
            THEN 'iop' ELSE 'other' END,
       CASE WHEN legacy.text = '' THEN 'Avtal'
            ELSE rtrim(substr(legacy.text, 1, instr(legacy.text || char(10), char(10)) - 1),
                       ' ' || char(9, 13)) END,
       CASE WHEN legacy.ends_on < legacy.created THEN date(legacy.ends_on, 'start of year')
            ELSE legacy.created END,
       legacy.ends_on,
       legacy.text
FROM (SELECT o.id, o.kind, o.agreement_until AS ends_on,
             trim(o.agreement, ' ' || char(9, 10, 13)) AS text,
             coalesce((SELECT date(value) FROM meta WHERE key = 'created_at'),
                      date('now')) AS created
      FROM organisations AS o) AS legacy
WHERE legacy.text <> '' OR legacy.ends_on IS NOT NULL
ORDER BY legacy.id;

DROP TABLE organisations;
ALTER TABLE organisations_v9 RENAME TO organisations;
CREATE INDEX organisations_kind ON organisations (kind);

CREATE TABLE groups_v9 (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN (
                    'youth_group', 'intervention_group', 'sspf', 'crime_prevention_council',
                    'other')),
    description TEXT NOT NULL DEFAULT '',
    kind_name   TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'other' OR kind_name <> '')
) STRICT;
INSERT INTO groups_v9 (id, name, kind, description)
SELECT id, name, kind, description FROM groups;
DROP TABLE groups;
ALTER TABLE groups_v9 RENAME TO groups;
