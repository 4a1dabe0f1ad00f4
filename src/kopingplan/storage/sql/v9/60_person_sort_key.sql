-- Schema version 9, the person list in Swedish order from an index (issue 15).
--
-- Sort hook, as cases.title_key: not a dataclass field. mapping.py fills it on every insert
-- and update with repositories.tables.person_sort_key: the family name's key, a tab, the given
-- name's key, each as title_sort_key makes it (case-folded, å < ä < ö after z, other accents
-- dropped). A tab sorts below every character a key can hold, so the plain BINARY order of the
-- column is "by family name, then by given name". Until now the list sorted every person by a
-- function per query: 40,000 persons cost ~20 ms a page, and a filter read them all.
ALTER TABLE persons ADD COLUMN name_key TEXT NOT NULL DEFAULT '';

-- The persons already stored. SQLite has no Swedish collation (and no ICU here), so the key is
-- computed by kp_person_key(), the same Python function, which migrations.migrate registers on
-- the connection before any step runs. Without it this statement fails and the step rolls back.
UPDATE persons SET name_key = kp_person_key(family_name, given_name);

CREATE INDEX persons_name_key ON persons (name_key, id);
