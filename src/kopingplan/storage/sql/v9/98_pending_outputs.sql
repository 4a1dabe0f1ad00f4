-- Schema version 9, the files being written outside the vault (December 2026): a save of a
-- brief, a copy, an extract or a package writes the file under a temporary name beside its
-- target and puts it in place only after its log row commits. Its plaintext would stay there
-- if the program were killed on the way, so the temporary file's full path is recorded here
-- (committed) before the file is made and the row goes when the file is placed or removed.
-- The next unlock removes what such a row still names (services/pending_outputs.py).
--
-- The path is kept as the file system's bytes (a name need not be UTF-8) and can name a
-- person, so it lives only here, encrypted. ``process`` tells this program's own saves in
-- progress from those a killed one left; ``told`` is 1 once the coordinator was shown that the
-- file could not be removed yet (a USB stick not there), so that they are told once.
CREATE TABLE pending_outputs (
    id         INTEGER PRIMARY KEY,
    path       BLOB NOT NULL CHECK (length(path) > 0),
    process    TEXT NOT NULL CHECK (length(process) > 0),
    started_at TEXT NOT NULL,
    told       INTEGER NOT NULL DEFAULT 0 CHECK (told IN (0, 1))
) STRICT;
