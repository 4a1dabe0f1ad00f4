"""A file named where the backup's folder goes is called a file, not a missing folder (helper
109's walk: "Mappen för säkerhetskopior …/foto.jpg finns inte" while the file was right there),
and nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kopingplan import i18n
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.services import attachments, backup
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


def test_a_file_name_with_a_line_break_is_kept_on_one_line(
    session: Session, tmp_path: Path
) -> None:
    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 1, 1)))
    assert case.id is not None
    path = tmp_path / "Anmälan från\nskolan\t109.pdf"  # a name Linux allows
    path.write_bytes(_pdf())
    stored = attachments.attach_file(session, AttachmentOwner.CASE, case.id, path)
    assert stored.file_name == "Anmälan från skolan 109.pdf"  # was two lines in every list
    assert [
        a.file_name for a in attachments.attachments_of(session, AttachmentOwner.CASE, case.id)
    ] == ["Anmälan från skolan 109.pdf"]
    assert rules.problems(stored) == []  # the rules' "one line" holds for what is stored


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Orosanmälan")
    page.save()
    return out.getvalue()
