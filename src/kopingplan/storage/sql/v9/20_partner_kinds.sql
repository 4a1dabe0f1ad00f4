-- pragma: foreign_keys off
-- Schema version 9, partners and working groups of more kinds (issue 18).
--
-- Organisations gain the kinds the action plan works with besides the municipality's own
-- units: the prison and probation service (Kriminalvården, frivården), the region's
-- psychiatry and security companies. Working groups gain SSPF (school, social services,
-- police and leisure), the local crime prevention council (BRÅ) and a kind the coordinator
-- names (kind 'other' with its name in kind_name).
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
    agreement       TEXT NOT NULL DEFAULT '',
    agreement_until TEXT CHECK (date(agreement_until) IS agreement_until),
    notes           TEXT NOT NULL DEFAULT '',
    own_unit        INTEGER NOT NULL DEFAULT 0 CHECK (own_unit IN (0, 1))
) STRICT;
INSERT INTO organisations_v9
    (id, name, kind, phone, email, address, agreement, agreement_until, notes, own_unit)
SELECT id, name, kind, phone, email, address, agreement, agreement_until, notes, own_unit
FROM organisations;
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
