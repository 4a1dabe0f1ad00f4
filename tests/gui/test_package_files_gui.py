"""Files of every kind arrive from a package as incoming information (issue 17), driven as the
coordinator does: the import dialog lists them, an image opens in the attachment viewer from
memory, an Office file offers only "Save a copy…" with its own extension, and a package whose
file is not of its stated type is refused in Swedish with nothing stored. Screens go to
/tmp/kopingplan-screens/incoming-with-image.png, incoming-image.png and
incoming-refused-sv.png."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_exchange_gui import (
    _choose_file,
    _rsa_key,
    fingerprint,
    police_certificate,
    verified_window,
)

import attachment_samples as samples
from kopingplan import i18n
from kopingplan.exchange import cms, package, schema
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.services import exchange
from kopingplan.services import identity as identity_service

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
__all__ = ["verified_window"]
FILES = {"Foto.png": samples.png(), "Protokoll.docx": samples.docx()}


def _zip(files: dict[str, bytes], package_id: str = "svar-filer-0001") -> bytes:
    sender = police_certificate()
    return package.build(
        package_id=package_id,
        created=datetime.now(UTC),
        sender_fingerprint=fingerprint(sender),
        sender_name="Kontaktpolis",
        sender_organisation="Polisen",
        data_json=schema.dumps({"messages": [{"text": "Bilder och protokoll."}]}),
        attachments=tuple(package.Attachment(n, c) for n, c in files.items()),
    )


def _sealed(session: Any, zip_bytes: bytes) -> bytes:
    signed = cms.sign(zip_bytes, police_certificate(), _rsa_key())
    return cms.encrypt(signed, [identity_service.active_identity(session).certificate])


def _import(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path) -> Any:
    _choose_file(monkeypatch, path)
    dialog = window.disclosures_page.open_import()
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    return dialog


def test_an_image_is_viewed_and_an_office_file_saved_with_its_own_extension(
    verified_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temporary = tmp_path / "tmp"  # the temporary places, as the app points them (hardening)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    session = verified_window.session
    path = tmp_path / "svar.p7m"
    path.write_bytes(_sealed(session, _zip(FILES)))
    dialog = _import(verified_window, qtbot, monkeypatch, path)
    lines = [dialog.ui.recordList.item(i).text() for i in range(dialog.ui.recordList.count())]
    assert lines[1:] == ["[Attached file] Foto.png", "[Attached file] Protokoll.docx"]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    incoming = IncomingItemsDialog(session, verified_window)
    qtbot.addWidget(incoming)
    incoming.show()
    items = {item.title: item for item in incoming.list.items}
    tree = incoming.ui.itemTree
    ids = [item.id for item in incoming.list.items]
    tree.setCurrentItem(tree.topLevelItem(ids.index(items["Foto.png"].id)))
    view = incoming.file_view.viewButton
    assert view.isVisible() and view.text() == "&View the file"
    incoming.resize(1100, 640)
    SHOTS.mkdir(parents=True, exist_ok=True)
    incoming.grab().save(str(SHOTS / "incoming-with-image.png"))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: incoming.file_view.viewer is not None)
    viewer = incoming.file_view.viewer
    assert isinstance(viewer, AttachmentViewer) and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.image is not None)
    assert (viewer.image.width(), viewer.image.height()) == (64, 48)
    assert "Foto.png" in viewer.ui.headingLabel.text()
    assert viewer.windowModality() == Qt.WindowModality.WindowModal
    viewer.resize(900, 600)
    SHOTS.mkdir(parents=True, exist_ok=True)
    viewer.grab().save(str(SHOTS / "incoming-image.png"))
    viewer.close()
    qtbot.waitUntil(lambda: incoming.file_view.viewer is None)

    tree.setCurrentItem(tree.topLevelItem(ids.index(items["Protokoll.docx"].id)))
    assert not view.isVisible()  # an Office file is not shown in the program
    save = incoming.item_actions.saveButton
    assert save.isVisible()
    offered: list[str] = []
    destination = tmp_path / "kopia.docx"
    monkeypatch.setattr(  # the suggested name is noted, the answer is the destination
        file_dialogs, "run", lambda d: offered.extend(d.selectedFiles()) or [str(destination)]
    )
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(destination.exists)
    assert [Path(name).suffix for name in offered] == [".docx"]
    assert destination.read_bytes() == FILES["Protokoll.docx"]
    incoming.teardown()
    # Viewed and imported, the files' marker is in no file of the vault or the temporary
    # places; only the copy the coordinator chose to save holds it in plain.
    assert samples.MARKER_BYTES in destination.read_bytes()  # the search sees it in plain
    destination.unlink()
    places = [session.vault_folder, tmp_path, Path(os.environ["XDG_RUNTIME_DIR"])]
    for place in places:
        for found in place.rglob("*"):
            if found.is_file() and found.stat().st_size < 100_000_000:
                assert samples.MARKER_BYTES not in found.read_bytes(), found


def test_a_file_not_of_its_stated_type_is_refused_in_swedish_and_nothing_is_stored(
    verified_window: Any, gui: QApplication, qtbot: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    session = verified_window.session
    made = _zip({"Foto.png": samples.png()}, "svar-filer-0002")
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    # A JPEG where the signed manifest says a PNG: names, sizes and checksums all agree.
    jpeg = samples.jpeg()
    files["attachments/Foto.png"] = jpeg
    manifest = json.loads(files["manifest.json"])
    import hashlib

    manifest["items"][1].update(size=len(jpeg), sha256=hashlib.sha256(jpeg).hexdigest())
    files["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    path = tmp_path / "svar.p7m"
    path.write_bytes(_sealed(session, buffer.getvalue()))
    i18n.install_translators(gui, "sv")
    try:
        dialog = _import(verified_window, qtbot, monkeypatch, path)
        qtbot.waitUntil(lambda: bool(dialog.ui.messageLabel.text()))
        assert dialog.ui.messageLabel.text() == (
            "Paketets innehåll är inte i ordning (en fils innehåll är inte av den angivna "
            "typen). Inget ändrades."
        )
        assert not dialog.accept_button.isEnabled()
        dialog.grab().save(str(SHOTS / "incoming-refused-sv.png"))
    finally:
        i18n.install_translators(gui, "en")
    assert exchange.incoming_items(session) == []
