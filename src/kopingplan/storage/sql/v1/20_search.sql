-- Schema version 1, full-text search: one FTS5 table over case titles and summaries, notes,
-- contacts and lägesbild entries, kept in step with them by triggers.
-- Released schemas are frozen: change them only through a new migration version.
--
-- Tokenizer: unicode61 folds case (Å = å) but, with remove_diacritics 0, keeps å ä ö as letters
-- of their own, so "for" does not find "för" and "far" does not find "får".
--
-- prefix = '1 2 3': the search box puts a prefix query on every term, and without a prefix
-- index FTS5 merges the doclists of every term that starts with the prefix before it returns
-- the first hit. Measured in a 500,000-note vault (20,000 cases, notes of 20-120 words):
-- "för"* took 99 ms with prefix '1 2' and 0.4 ms with '1 2 3'; "vål ext" 42 ms and 0.5 ms;
-- "a"* without any prefix index grows to hundreds of ms. Longer prefixes cover few terms
-- ("extremism"* 16-20 ms either way). The price: the vault grew 1.10 GB -> 1.23 GB (+12 %)
-- and bulk loading took ~1.5x as long; a single save is not noticeably slower.
--
-- Row ids: a plain (not external-content) FTS5 table is found for deletion by its rowid only,
-- so the rowid is a function of the source row: (kind code << 48) + source id, with
--   4 = case, 3 = note, 2 = contact, 1 = situation_entry.
-- No mapping table to keep, a delete or update is one rowid lookup, and because the kind is in
-- the high bits, "ORDER BY rowid DESC" lists matching cases first, then notes, contacts and
-- lägesbild entries, each newest (highest id) first, and a kind filter is a rowid range.
-- Source ids stay far below 2^48 (they count rows), repositories/search.py holds the same
-- constants.
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    ref_id UNINDEXED,
    case_id UNINDEXED,
    body,
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '1 2 3'
);

-- Retention needs deleted text gone from the file, not just unreachable: with secure-delete,
-- FTS5 removes a deleted row's entries from the index b-tree at once instead of leaving
-- delete markers (and the tokens) in old segments until a merge. The setting is stored in the
-- table's config. It costs 25-40 ms per deleted note in a 500,000-note vault (0.5-1.1 s for a
-- case with 25 notes); retention batches use repositories.search.deleting_in_bulk() instead,
-- which turns it off and rewrites the index once ('optimize', ~12 s at that size).
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

-- The body joins a record's texts with newlines; concat_ws skips the NULLs that nullif makes
-- of empty optional texts, so a snippet never ends in a stray line break.

-- Cases: title and summary. case_id of a case is its own id.
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((4 << 48) + new.id, 'case', new.id, new.id,
            concat_ws(char(10), new.title, nullif(new.summary, '')));
END;
CREATE TRIGGER cases_search_update AFTER UPDATE OF id, title, summary ON cases
BEGIN
    DELETE FROM search_index WHERE rowid = (4 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((4 << 48) + new.id, 'case', new.id, new.id,
            concat_ws(char(10), new.title, nullif(new.summary, '')));
END;
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM search_index WHERE rowid = (4 << 48) + old.id;
END;

-- Notes: text and source (so "kontaktpolis" finds what the police passed on). These triggers
-- also fire for the notes a case delete cascades to.
CREATE TRIGGER notes_search_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((3 << 48) + new.id, 'note', new.id, new.case_id,
            concat_ws(char(10), new.text, nullif(new.source, '')));
END;
CREATE TRIGGER notes_search_update AFTER UPDATE OF id, case_id, text, source ON notes
BEGIN
    DELETE FROM search_index WHERE rowid = (3 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((3 << 48) + new.id, 'note', new.id, new.case_id,
            concat_ws(char(10), new.text, nullif(new.source, '')));
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes
BEGIN
    DELETE FROM search_index WHERE rowid = (3 << 48) + old.id;
END;

-- Contacts: the summary.
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((2 << 48) + new.id, 'contact', new.id, new.case_id, new.summary);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF id, case_id, summary ON contacts
BEGIN
    DELETE FROM search_index WHERE rowid = (2 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((2 << 48) + new.id, 'contact', new.id, new.case_id, new.summary);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM search_index WHERE rowid = (2 << 48) + old.id;
END;

-- Lägesbild entries: milieu, observation, assessment and source. Not tied to a case.
CREATE TRIGGER situation_entries_search_insert AFTER INSERT ON situation_entries
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((1 << 48) + new.id, 'situation_entry', new.id, NULL,
            concat_ws(char(10), new.milieu, new.observation, nullif(new.assessment, ''),
                      new.source));
END;
CREATE TRIGGER situation_entries_search_update
AFTER UPDATE OF id, milieu, observation, assessment, source ON situation_entries
BEGIN
    DELETE FROM search_index WHERE rowid = (1 << 48) + old.id;
    INSERT INTO search_index (rowid, kind, ref_id, case_id, body)
    VALUES ((1 << 48) + new.id, 'situation_entry', new.id, NULL,
            concat_ws(char(10), new.milieu, new.observation, nullif(new.assessment, ''),
                      new.source));
END;
CREATE TRIGGER situation_entries_search_delete AFTER DELETE ON situation_entries
BEGIN
    DELETE FROM search_index WHERE rowid = (1 << 48) + old.id;
END;
