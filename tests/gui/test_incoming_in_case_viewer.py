"""The attachment viewer opened for an incoming file names it as one (issue 17): "Incoming file"
and the incoming item's number in the title, the sender and the day it was received under the
file's name, in English and Swedish; a file kept in the vault keeps "Attachment" and "added …
by". Screen: /tmp/kopingplan-screens/incoming-file-viewer.png (1366x768)."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import attachment_samples as samples
from incoming_samples import NOW
from kopingplan import i18n
from kopingplan.domain.model.attachments import Attachment
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
from kopingplan.services.attachments import OpenedAttachment
from kopingplan.services.exchange.incoming import open_incoming_file
from kopingplan.storage.repositories.exchange import IncomingItemRow

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
PNG = samples.png()
RECEIVED = NOW.astimezone().strftime("%Y-%m-%d %H:%M")


def incoming_png() -> Any:
    item = IncomingItemRow(
        package_id="p-1", received_at=NOW, source="Kontaktpolis Karin Berg",
        sender_fingerprint="F", kind="attachment", text="", title="Foto.png", attachment=PNG,
        id=41,
    )  # fmt: skip
    return open_incoming_file(item)


def kept_png() -> OpenedAttachment:
    added = datetime(2026, 11, 20, 14, 5, tzinfo=UTC)
    record = Attachment(
        file_name="Foto.png", kind="png", size=len(PNG), sha256=hashlib.sha256(PNG).hexdigest(),
        added_at=added, added_by="Anna Lindqvist", case_id=1, id=7,
    )  # fmt: skip
    return OpenedAttachment(record, PNG)


def shown(viewer: AttachmentViewer) -> tuple[str, str]:
    return viewer.windowTitle(), viewer.ui.headingLabel.text()


def test_an_incoming_file_is_named_by_its_sender_and_the_day_it_came(
    qtbot: Any, gui: QApplication
) -> None:
    viewer = AttachmentViewer(incoming_png(), incoming=True)
    qtbot.addWidget(viewer)
    viewer.resize(1366, 768)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.image is not None)
    title, heading = shown(viewer)
    assert title == "Incoming file 41"
    assert heading == (
        "<b>Foto.png</b><br>Incoming file from Kontaktpolis Karin Berg, "
        f"received {RECEIVED}: PNG image, 6 kB"
    )
    assert "Attachment" not in title and "added" not in heading
    SHOTS.mkdir(parents=True, exist_ok=True)
    viewer.grab().save(str(SHOTS / "incoming-file-viewer.png"))
    i18n.install_translators(gui, "sv")
    QApplication.processEvents()
    try:
        title, heading = shown(viewer)
        assert title == "Inkommen fil 41"
        assert heading.startswith(
            f"<b>Foto.png</b><br>Inkommen fil från Kontaktpolis Karin Berg, mottagen {RECEIVED}: "
        )
    finally:
        i18n.install_translators(gui, "en")


def test_a_file_kept_in_the_vault_is_still_an_attachment_added_by_someone(qtbot: Any) -> None:
    viewer = AttachmentViewer(kept_png())
    qtbot.addWidget(viewer)
    title, heading = shown(viewer)
    added = datetime(2026, 11, 20, 14, 5, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert title == "Attachment 7"
    assert heading == f"<b>Foto.png</b><br>PNG image, 6 kB, added {added} by Anna Lindqvist"
