"""Checking a copy of the open vault's database with the vault's own key, without changing it:
it decrypts, holds a known schema version and this vault's id, and its audit log ends where the
vault's did when it was copied; with ``full`` also every page's HMAC, SQLite's structural check
and the whole audit chain. Used by :mod:`kopingplan.storage.vault_copy` (backups, the copy before
a schema upgrade) and by restore.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from kopingplan.storage import audit, migrations
from kopingplan.storage.file_copy import Cancelled, CopyCancelled

if TYPE_CHECKING:
    from kopingplan.storage.vault import Vault

ATTACHED = "kopingplan_copy"
# SQLite calls the progress handler every this many virtual-machine steps during the checks:
# often enough that Cancel answers within a fraction of a second, rarely enough to cost nothing.
CHECK_STEPS = 100_000


@dataclass(frozen=True)
class CopyCheck:
    """What the check of a copy found. Numbers and ids only, never content."""

    integrity_problems: list[str]
    audit_problems: list[audit.AuditProblem]
    audit_rows: int  # counted by the full check; otherwise the audit head's sequence number
    schema_version: int
    vault_id: str | None
    problems: list[str] = field(default_factory=list)  # everything, as short English text
    full: bool = True  # the structural checks ran too (see FULL_CHECK_MAX_BYTES)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Qualified:
    """Runs the audit module's queries against the attached copy instead of the vault.

    :func:`audit.verify` names ``audit_log`` and ``meta`` without a schema; this puts the
    copy's schema in front of them and refuses any statement it could not qualify, so a
    changed query can never silently check the vault itself instead of the copy.
    """

    _TABLE = re.compile(r"\b(FROM|JOIN)\s+(audit_log|meta)\b", re.IGNORECASE)

    def __init__(self, conn: Any, schema: str) -> None:
        self._conn = conn
        self._schema = schema

    def execute(self, sql: str, params: Any = ()) -> Any:
        qualified, count = self._TABLE.subn(rf"\1 {self._schema}.\2", sql)
        if not count:
            raise RuntimeError("a statement of the copy check names no table of the copy")
        return self._conn.execute(qualified, params)


def check_copy(
    vault: Vault,
    database: Path,
    *,
    full: bool = True,
    audit_head: str | None = None,
    cancelled: Cancelled | None = None,
) -> CopyCheck:
    """Checks a copy of this vault's database with the vault's key (the copy is not changed).

    Always: it decrypts, its schema version is known, it holds this vault's id, and its audit
    log ends at ``audit_head`` (the vault's ``meta`` value when it was copied) if given. With
    ``full`` also every page's HMAC, SQLite's structural check and the whole audit chain.
    """
    conn = vault.conn
    # immutable: no locking and no -shm or -wal files on the medium; the copy has no WAL.
    uri = database.absolute().as_uri() + "?immutable=1"
    try:
        conn.execute(f"ATTACH DATABASE ? AS {ATTACHED}", (uri,))
    except sqlcipher3.DatabaseError as error:  # its first page does not decrypt, say
        problem = f"not readable with the vault's key ({error})"
        return CopyCheck([], [], 0, 0, None, [problem], full)

    def should_stop() -> int:
        return 1 if cancelled is not None and cancelled() else 0

    conn.set_progress_handler(should_stop, CHECK_STEPS)
    try:
        check = _checks(conn, vault.vault_id, full=full, audit_head=audit_head)
    except sqlcipher3.OperationalError as error:
        if "interrupt" not in str(error).lower():
            raise
        raise CopyCancelled() from None
    finally:
        conn.set_progress_handler(None, 0)
        conn.execute(f"DETACH DATABASE {ATTACHED}")
    if not check.ok and should_stop():
        # An interrupted statement does not always say so: inside integrity_check, FTS5's
        # index check fails with "vtable constructor failed". Cancelled is not damaged.
        raise CopyCancelled()
    return check


def _checks(conn: Any, vault_id: str, *, full: bool, audit_head: str | None) -> CopyCheck:
    def failed(problem: str, integrity: list[str] | None = None) -> CopyCheck:
        return CopyCheck(integrity or [], [], 0, 0, None, [*(integrity or [])[:3], problem], full)

    try:
        conn.execute(f"SELECT count(*) FROM {ATTACHED}.sqlite_master").fetchone()
    except sqlcipher3.OperationalError:
        raise
    except sqlcipher3.DatabaseError:
        return failed("not readable with the vault's key")
    integrity: list[str] = []
    audit_problems: list[audit.AuditProblem] = []
    if full:  # every page's HMAC first: it reports damaged pages by number instead of failing
        integrity = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.cipher_integrity_check")]
    try:
        if full:
            structure = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.integrity_check")]
            if structure != ["ok"]:
                integrity.extend(structure)
        version = int(conn.execute(f"PRAGMA {ATTACHED}.user_version").fetchone()[0])
        qualified = _Qualified(conn, ATTACHED)
        row = qualified.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        head = qualified.execute(
            "SELECT value FROM meta WHERE key = ?", (audit.HEAD_KEY,)
        ).fetchone()
        last = qualified.execute(
            "SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if full:
            audit_problems = audit.verify(qualified)
            rows = int(qualified.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        else:
            rows = 0 if last is None else int(last[0])
    except sqlcipher3.OperationalError as error:
        if "interrupt" in str(error).lower():
            raise
        return failed(str(error), integrity)
    except sqlcipher3.DatabaseError as error:  # a damaged page stops SQLite's own check
        return failed(str(error), integrity)
    found_id = None if row is None else str(row[0])
    found_head = None if head is None else str(head[0])
    problems = list(integrity[:3])
    problems += [problem.describe() for problem in audit_problems[:3]]
    if not 1 <= version <= migrations.LATEST:
        problems.append(f"schema version {version}")
    if found_id != vault_id:
        problems.append("another vault's database")
    if audit_head is not None and found_head != audit_head:
        problems.append("not the vault's audit log at the time of the copy")
    if found_head is not None and (last is None or found_head != f"{last[0]}:{last[1]}"):
        problems.append("its audit log does not end at its recorded head")
    return CopyCheck(integrity, audit_problems, rows, version, found_id, problems, full)
