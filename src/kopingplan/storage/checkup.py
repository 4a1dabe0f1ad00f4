"""``kopingplan check``: every kind of damage the vault can meet, reported, never raised.

The ordinary open refuses a damaged vault; this check opens it as far as it can and lists what
it finds, each with the page or the row it concerns, so the coordinator (or their IT
department) can tell a single bad sector from a tampered audit log:

- a page whose authentication code (SQLCipher's HMAC) does not match: bytes changed on disk,
  by a failing drive or by someone without the key; page 1 holds the table list, and without it
  nothing else can be read;
- a malformed b-tree: SQLite's own structural check, and each table read to the end when that
  check stops at a damaged page;
- a broken audit chain (storage/audit.py), row by row;
- a missing write-ahead log: the vault was not closed cleanly, its ``-shm`` index says the log
  held committed changes, and ``vault.db-wal`` is gone, so those changes are lost.

Each check runs on its own, so damage that stops one does not hide what the others find.
"""

from __future__ import annotations

import contextlib
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import audit

CONTEXT = "Check"
# SQLite's structural check stops after this many errors; a listing that long helps no one.
MAX_STRUCTURE_ERRORS = 100

FINDING_TEXTS = {
    "page_hmac": QT_TRANSLATE_NOOP(
        "Check", "page {page}: damaged or changed on disk (its authentication code does not match)"
    ),
    "first_page": QT_TRANSLATE_NOOP(
        "Check",
        "page 1 (the header and the list of tables) cannot be read, so nothing else could be "
        "checked",
    ),
    "structure_page": QT_TRANSLATE_NOOP("Check", "page {page}: broken structure ({detail})"),
    "structure": QT_TRANSLATE_NOOP("Check", "broken structure: {detail}"),
    "structure_stopped": QT_TRANSLATE_NOOP(
        "Check", "the structural check stopped ({detail}); each table was then checked alone"
    ),
    "table_unreadable": QT_TRANSLATE_NOOP(
        "Check", "table {table}: damaged, it cannot be checked or read ({detail})"
    ),
    "wal_missing": QT_TRANSLATE_NOOP(
        "Check",
        "the write-ahead log (vault.db-wal) is missing although it held changes: the last "
        "changes before the program stopped are lost",
    ),
    "audit_unreadable": QT_TRANSLATE_NOOP(
        "Check", "the audit log cannot be read to the end ({detail})"
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "Check", "the database does not belong to this key file (it is another vault's)"
    ),
}


@dataclass(frozen=True)
class Finding:
    """One problem. ``kind`` keys FINDING_TEXTS (context "Check"), or is ``audit:<kind>`` for
    a row of the audit chain (texts in storage/audit.py, context "Audit"). ``detail`` is
    SQLite's own English words, shown as they are for whoever repairs the drive."""

    kind: str
    page: int | None = None
    row: int | None = None
    table: str = ""
    detail: str = ""

    @property
    def context(self) -> str:
        return "Audit" if self.kind.startswith("audit:") else CONTEXT

    @property
    def template(self) -> str:
        if self.kind.startswith("audit:"):
            return audit.PROBLEM_TEXTS[self.kind.split(":", 1)[1]]
        return FINDING_TEXTS[self.kind]

    def describe(self, translate: Any = None) -> str:
        """The finding in the UI language; ``translate(context, text)`` is usually i18n.tr."""
        text = str(translate(self.context, self.template)) if translate else self.template
        values = {"page": self.page, "seq": self.row, "table": self.table, "detail": self.detail}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide it
            return self.template.format(**values)


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    audit_rows: int

    @property
    def ok(self) -> bool:
        return not self.findings


_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
_HMAC = re.compile(r"HMAC verification failed for page (\d+)")


def _one_line(error: BaseException | str) -> str:
    return " ".join(str(error).split())[:200]


def wal_lost(database: Path) -> bool:
    """True when ``-shm`` says the write-ahead log held frames and ``-wal`` is gone.

    Only meaningful before SQLite opens the database (it rebuilds the index then) and while
    the folder lock is held (no other program has the vault open). A clean close removes both
    files; a crash leaves both. The index header's ``mxFrame`` (offset 16, the machine's byte
    order) is the number of valid frames in the log.
    """
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    if wal.exists():
        return False
    try:
        with open(shm, "rb") as handle:
            header = handle.read(48)
    except OSError:
        return False
    if len(header) < 20:
        return False
    frames: int = struct.unpack("=I", header[16:20])[0]
    return frames > 0


def _pages(conn: Any) -> list[Finding]:
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as error:
        return [Finding("structure_stopped", detail=_one_line(error))]
    findings: list[Finding] = []
    for row in rows:
        found = _HMAC.search(row)
        if found:
            findings.append(Finding("page_hmac", page=int(found[1])))
        else:
            findings.append(Finding("structure", detail=_one_line(row)))
    return findings


Connect = Callable[[], Any]


def _structure(conn: Any, tables: list[str], connect: Connect | None) -> list[Finding]:
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_STRUCTURE_ERRORS})")]
    except sqlcipher3.DatabaseError as error:
        # It stops at the first page it cannot read; read each table on its own instead, so
        # the finding names where the damage is.
        findings = [Finding("structure_stopped", detail=_one_line(error))]
        return findings + (_tables(connect, tables) if connect else [])
    return _structure_lines(rows)


def _structure_lines(rows: list[str], table: str = "") -> list[Finding]:
    findings = []
    for row in rows:
        for line in row.splitlines():
            line = line.strip()
            if not line or line == "ok" or line.startswith("***"):
                continue
            found = _PAGE.search(line)
            page = int(found[1]) if found else None
            kind = "structure_page" if found else "structure"
            findings.append(Finding(kind, page=page, table=table, detail=line))
    return findings


@contextlib.contextmanager
def _fresh(connect: Connect) -> Iterator[Any]:
    """A new connection: after SQLCipher meets a damaged page, the connection that met it
    fails every later read, even of sound tables, so each check starts clean."""
    conn = connect()
    try:
        yield conn
    finally:
        conn.close()


def _tables(connect: Connect, tables: list[str]) -> list[Finding]:
    findings = []
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            with _fresh(connect) as conn:
                rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({quoted})")]
        except sqlcipher3.Error as error:
            findings.append(Finding("table_unreadable", table=table, detail=_one_line(error)))
            continue
        findings.extend(_structure_lines(rows, table))
    return findings


def _audit(connect: Connect) -> tuple[list[Finding], int]:
    try:
        with _fresh(connect) as conn:
            rows = audit.row_count(conn)
            problems = audit.verify(conn)
    except sqlcipher3.Error as error:
        return [Finding("audit_unreadable", detail=_one_line(error))], 0
    return audit_findings(problems), rows


def audit_findings(problems: list[audit.AuditProblem]) -> list[Finding]:
    """The audit chain's problems as findings, each naming its row (a restore's refusal
    describes them so too)."""
    return [Finding(f"audit:{p.kind}", row=p.seq) for p in problems]


def _owner(connect: Connect, vault_id: str) -> list[Finding]:
    try:
        with _fresh(connect) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.Error as error:
        return [Finding("table_unreadable", table="meta", detail=_one_line(error))]
    return [] if row is not None and row[0] == vault_id else [Finding("foreign")]


def integrity(conn: Any, connect: Connect | None = None) -> list[Finding]:
    """Damaged pages and broken structure (what opening checks); never raises for damage.
    With ``connect`` (a fresh keyed connection each call), tables are read one by one when
    the structural check stops, to name the damaged ones."""
    findings = _pages(conn)
    try:
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
    except sqlcipher3.DatabaseError:
        if not any(f.page == 1 for f in findings):
            findings.append(Finding("page_hmac", page=1))
        return [*findings, Finding("first_page")]
    return findings + _structure(conn, tables, connect)


def run(connect: Connect, vault_id: str, *, wal_missing: bool = False) -> Report:
    """Every check, each on a fresh connection; never raises for damage it can name."""
    findings = [Finding("wal_missing")] if wal_missing else []
    with _fresh(connect) as conn:
        findings.extend(integrity(conn, connect))
    if any(f.kind == "first_page" for f in findings):
        return Report(findings, 0)
    findings.extend(_owner(connect, vault_id))
    audit_findings, rows = _audit(connect)
    findings.extend(audit_findings)
    return Report(findings, rows)
