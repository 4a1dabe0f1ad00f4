"""Schema versions and forward migrations.

``PRAGMA user_version`` holds the schema version. Version N is built by running, in order, the
steps of every version up to N; a released version's step is never edited again, so a vault
written by any released version upgrades along the same path the tests walk. A vault with a
version above :data:`LATEST` was written by a newer program and is refused, never "upgraded".
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

Connection = Any  # sqlcipher3.Connection; kept loose so this module imports without it

SQL_PACKAGE = "kopingplan.storage.sql"


def _sql_files(version: int) -> list[str]:
    folder = resources.files(SQL_PACKAGE) / f"v{version}"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(folder / name).read_text(encoding="utf-8") for name in names]


# A version whose SQL rebuilds a table other tables refer to starts one of its files with this
# line: the runner then turns foreign keys off for that version (dropping the old table must not
# cascade to, or blank, the rows that refer to it) and checks every reference before it commits.
FOREIGN_KEYS_OFF = "-- pragma: foreign_keys off"


def _foreign_keys_off(version: int) -> bool:
    return any(script.startswith(FOREIGN_KEYS_OFF) for script in _sql_files(version))


def _sql_step(version: int) -> Callable[[Connection], None]:
    def step(conn: Connection) -> None:
        for script in _sql_files(version):
            _execute_script(conn, script)

    step.__name__ = f"sql_v{version}"
    return step


def _sql_versions() -> list[int]:
    folder = resources.files(SQL_PACKAGE)
    names = [p.name for p in folder.iterdir() if p.name[:1] == "v" and p.name[1:].isdigit()]
    return sorted(int(name[1:]) for name in names)


# Version → the step that brings a vault from version - 1 to it. A version is a folder of SQL
# files (sql/vN/*.sql, run in name order); a step that needs Python (rewriting values, say)
# replaces its entry here with a function that may also run the folder's SQL.
STEPS: dict[int, Callable[[Connection], None]] = {v: _sql_step(v) for v in _sql_versions()}


def index_pdf_texts(conn: Connection) -> None:
    """Version 9's Python part: the index rows of the PDF attachments stored before it, with
    their file name and the text pdfium reads from them (40_search_all.sql's backfill indexes
    every other attachment by its file name and leaves the PDFs to this step).

    Why a migration step and not a reindex after unlocking (decided December 2026, issue 17):
    it runs once, in the transaction of the rest of version 9, so a vault is either at
    version 9 with every PDF's words indexed or untouched. A reindex after unlocking would
    need a column or table to remember which attachments still wait for their text, resuming
    when locking interrupts it, and meanwhile a search would miss words without saying so.
    The step runs where every migration runs, in Session.open, which the unlock dialog calls
    on the task runner's worker, never on the GUI thread. Measured (tests/benchmarks/
    search_all_only.py, figure upgrade_pdf_text; the benchmark README has the figures): about
    0.5-1 ms per small PDF, 0.1 s per 20 MB one, so a one-time wait of a few seconds at the
    first unlock after the upgrade for 2,000 attachments. The text goes only into the index,
    in memory on its way, one file at a time, as when a file is attached.
    """
    from kopingplan.pdf_text import pdf_text
    from kopingplan.storage.repositories.attachments import data
    from kopingplan.storage.repositories.search import (
        ATTACHMENT_TEXT_LIMIT,
        index_stored_attachment,
    )

    rows = conn.execute("SELECT id FROM attachments WHERE kind = 'pdf' ORDER BY id").fetchall()
    for (attachment_id,) in rows:
        text = pdf_text(data(conn, int(attachment_id)), ATTACHMENT_TEXT_LIMIT)
        index_stored_attachment(conn, int(attachment_id), text)


def _v9(conn: Connection) -> None:
    _sql_step(9)(conn)
    index_pdf_texts(conn)


STEPS[9] = _v9
LATEST = max(STEPS)
REBUILDS = frozenset(v for v in STEPS if _foreign_keys_off(v))  # read once, at import
if sorted(STEPS) != list(range(1, LATEST + 1)):
    raise RuntimeError(f"schema versions must be 1..N without gaps, found {sorted(STEPS)}")


def _execute_script(conn: Connection, script: str) -> None:
    """Runs statements one by one: ``executescript`` would commit our open transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if _complete(buffer):
            statement = buffer.strip()
            buffer = ""
            if _has_code(statement):
                conn.execute(statement)
    if buffer.strip() and _has_code(buffer):
        raise ValueError("incomplete SQL statement at end of migration script")


def _has_code(text: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in text.splitlines())


def _complete(buffer: str) -> bool:
    import sqlite3  # only for its statement splitter; no data ever goes through plain sqlite3

    return buffer.rstrip().endswith(";") and sqlite3.complete_statement(buffer)


def _register_functions(conn: Connection) -> None:
    """The SQL functions a step's SQL may call: keys computed in Python, because SQLite has
    no Swedish collation (v9 fills ``persons.name_key`` with ``kp_person_key``)."""
    from kopingplan.storage.repositories.people import register_person_key

    register_person_key(conn)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> list[int]:
    """Applies the missing steps, each in its own transaction. Returns the versions applied."""
    target = LATEST if target is None else target
    _register_functions(conn)
    applied = []
    current = schema_version(conn)
    for version in range(current + 1, target + 1):
        rebuilds = version in REBUILDS
        enforced = int(conn.execute("PRAGMA foreign_keys").fetchone()[0])
        if rebuilds:
            conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: so before
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](conn)
            if rebuilds and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise RuntimeError(f"schema step {version} would break a reference; not applied")
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            if rebuilds:
                conn.execute(f"PRAGMA foreign_keys = {enforced}")
        applied.append(version)
    return applied
