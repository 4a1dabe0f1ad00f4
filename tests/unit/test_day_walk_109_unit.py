"""A file named where the backup's folder goes is called a file, not a missing folder (helper
109's walk: "Mappen för säkerhetskopior …/foto.jpg finns inte" while the file was right there),
and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopingplan import i18n
from kopingplan.services import backup
from kopingplan.services.session import Session


def test_a_file_given_as_the_backup_folder_is_named_a_file(
    session: Session, tmp_path: Path
) -> None:
    photo = tmp_path / "USB-minne" / "foto.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8")
    stick = photo.parent
    before = sorted(stick.iterdir())
    with pytest.raises(backup.BackupDestinationMissing) as refused:  # callers catch it so
        backup.backup(session, photo)
    assert isinstance(refused.value, backup.BackupDestinationIsFile)
    assert str(refused.value) == (
        f"{photo} is a file, not a folder. Choose the folder the backup is to go in."
    )
    assert "finns inte" not in refused.value.translated(i18n.tr)
    assert photo.read_bytes() == b"\xff\xd8"
    assert sorted(stick.iterdir()) == before  # nothing written beside it
