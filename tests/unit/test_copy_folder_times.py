"""The time at the end of a copy's folder name (a backup, a restore's safety copy, a copy before
a schema upgrade) is one format, in UTC, and names the time the program says the copy was made."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kopingplan.services import backup, restore
from kopingplan.services.session import Session
from kopingplan.storage.vault import Vault, VaultPaths
from kopingplan.storage.vault_copy import folder_stamp

from support import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"
# Five to one in the morning in Köping is five to midnight the day before in UTC.
IN_KOPING = datetime(2026, 12, 6, 0, 55, 7, tzinfo=ZoneInfo("Europe/Stockholm"))


def _time_in(name: str) -> datetime:
    """The time a copy's folder name ends with, read back (what a person sorting them sees)."""
    return datetime.strptime(name[-16:], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def _between(start: datetime, name: str) -> bool:
    return start.replace(microsecond=0) <= _time_in(name) <= datetime.now(UTC)


def test_the_stamp_is_utc_to_the_second_whatever_the_time_zone() -> None:
    assert folder_stamp(IN_KOPING) == "20261205T235507Z"
    assert _time_in("x-" + folder_stamp(IN_KOPING)) == IN_KOPING


def test_a_backups_name_says_the_time_restore_reads_from_it(
    session: Session, tmp_path: Path
) -> None:
    made = backup.backup(session, tmp_path, now=IN_KOPING)
    assert made.folder.name.endswith("-20261205T235507Z")
    prepared = restore.prepare_restore(made.folder, session.vault.paths, PASSPHRASE)
    assert prepared.summary.made_at == IN_KOPING
    assert _time_in(made.folder.name) == prepared.summary.made_at
    shutil.rmtree(prepared.staging)


def test_a_restores_safety_copy_is_named_by_the_time_of_the_restore(
    session: Session, tmp_path: Path
) -> None:
    made = backup.backup(session, tmp_path, now=IN_KOPING)
    paths = session.vault.paths
    prepared = restore.prepare_restore(made.folder, paths, PASSPHRASE)
    session.close()
    start = datetime.now(UTC)
    result = restore.finish_restore(prepared, PASSPHRASE)
    result.session.close()
    assert result.safety_copy is not None
    assert result.safety_copy.name.startswith(f"{paths.folder.name}.before-restore-")
    assert _between(start, result.safety_copy.name)


def test_the_copy_before_a_schema_upgrade_is_named_by_the_time_of_the_upgrade(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    start = datetime.now(UTC)
    Vault.open(VaultPaths(folder), PASSPHRASE).close()
    (copy,) = tmp_path.glob("vault-v1.before-schema-*")
    assert _between(start, copy.name)
