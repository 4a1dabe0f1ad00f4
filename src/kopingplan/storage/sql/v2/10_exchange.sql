-- Schema version 2, exchange with the police liaison (issue 6): the recipients' certificates,
-- the packages already imported, and the information they brought.
-- Conventions as in v1/10_domain.sql: instants are UTC TEXT of fixed width
-- 'YYYY-MM-DDTHH:MM:SS.ffffff+00:00'; booleans INTEGER 0/1; JSON in TEXT.

-- A recipient (and sender) of packages: one X.509 certificate with an RSA key. The coordinator
-- marks it verified after comparing the fingerprint with its holder; only verified
-- certificates are encrypted to or trusted as signers.
CREATE TABLE recipients (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation    TEXT NOT NULL DEFAULT '',
    certificate_der BLOB NOT NULL,
    -- SHA-256 of the DER in groups of four upper-case hex digits, as shown to the user.
    fingerprint     TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 79),
    subject         TEXT NOT NULL,
    issuer          TEXT NOT NULL,
    not_before      TEXT NOT NULL CHECK (not_before GLOB '*+00:00' AND length(not_before) = 32),
    not_after       TEXT NOT NULL CHECK (not_after GLOB '*+00:00' AND length(not_after) = 32),
    added_at        TEXT NOT NULL CHECK (added_at GLOB '*+00:00' AND length(added_at) = 32),
    added_by        TEXT NOT NULL,
    verified        INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    verified_at     TEXT CHECK (verified_at GLOB '*+00:00' AND length(verified_at) = 32),
    verified_by     TEXT NOT NULL DEFAULT '',
    CHECK ((verified = 0) = (verified_at IS NULL))
) STRICT;

-- Every package imported, by the id its manifest gives and by the SHA-256 of its signed ZIP:
-- either seen again means a duplicate import. Ids and checksums only, never content, so the
-- rows stay when retention deletes what the package brought.
CREATE TABLE imported_packages (
    id                 INTEGER PRIMARY KEY,
    package_id         TEXT NOT NULL UNIQUE,
    content_sha256     TEXT NOT NULL UNIQUE CHECK (
                           length(content_sha256) = 64
                           AND content_sha256 NOT GLOB '*[^0-9a-f]*'),
    sender_fingerprint TEXT NOT NULL,
    created_at         TEXT NOT NULL,  -- as the sender's manifest says
    imported_at        TEXT NOT NULL CHECK (
                           imported_at GLOB '*+00:00' AND length(imported_at) = 32),
    items              INTEGER NOT NULL CHECK (items >= 0)
) STRICT;

-- Information received (uppgifter från polisen), with its source. Linked to a case of this
-- vault or to none (general lägesbild information). CASCADE with the case: an item about a
-- case is content about that case and goes with it when retention deletes the case.
CREATE TABLE incoming_items (
    id                 INTEGER PRIMARY KEY,
    package_id         TEXT NOT NULL REFERENCES imported_packages (package_id),
    received_at        TEXT NOT NULL CHECK (
                           received_at GLOB '*+00:00' AND length(received_at) = 32),
    source             TEXT NOT NULL,
    sender_fingerprint TEXT NOT NULL,
    case_id            INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN (
                           'case', 'note', 'measure', 'situation', 'message', 'attachment')),
    reference          TEXT NOT NULL DEFAULT '',  -- the sender's case number or reference
    dated              TEXT NOT NULL DEFAULT '',  -- a day or an instant, as the sender gave it
    title              TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL DEFAULT '',
    details            TEXT NOT NULL DEFAULT '{}' CHECK (
                           json_valid(details) AND json_type(details) = 'object'),
    attachment         BLOB,  -- a PDF the package carried (kind 'attachment')
    CHECK ((kind = 'attachment') = (attachment IS NOT NULL))
) STRICT;
CREATE INDEX incoming_items_case ON incoming_items (case_id, received_at);
CREATE INDEX incoming_items_package ON incoming_items (package_id);

-- The disclosure log is filtered by recipient as well as by period.
CREATE INDEX disclosures_recipient ON disclosures (recipient_fingerprint, disclosed_at);
