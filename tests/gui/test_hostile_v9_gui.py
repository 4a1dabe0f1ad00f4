"""Hostile files in the attachments window, for every kind of record a file can belong to
(case, note, meeting, incident, concern, plan revision): a folder, a file over the limit, an
empty one, a missing one, a damaged PDF, a name that lies about the content, a program dressed
as a PDF, and a record that was deleted while the window was open. Each is refused on the
window's message line, in the UI language, through the function the "Add…" button calls
(``AttachmentsDialog.attach``, after the file dialog), and nothing is stored: no attachment, no
audit row. The command line's side is tests/unit/test_cli_hostile_v9.py."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import attachment_samples as samples
from kopingplan import filetypes, i18n
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
from kopingplan.gui.common import file_dialogs
from kopingplan.services import attachments, demo
from kopingplan.storage.repositories.attachments import OWNER_TABLES

pytestmark = pytest.mark.gui


# (file name, content or None for a special file, words of the English refusal, of the Swedish)
BAD = [
    ("mapp.pdf", "folder", "is a folder, not a file", "är en mapp, inte en fil"),
    ("enorm.pdf", "huge", "larger than 50 MiB", "större än 50 MiB"),
    ("tom.pdf", b"", "is empty", "är tom"),
    ("borta.pdf", "missing", "does not exist", "finns inte"),
    ("trasig.pdf", samples.pdf()[:500], "damaged or cut off", "skadad eller avkortad"),
    ("brev.pdf", samples.png(), "says PDF, but the content is PNG image", "innehållet är PNG"),
    ("bild.png", samples.pdf(), "says PNG image, but the content is PDF", "innehållet är PDF"),
    ("program.pdf", b"MZ\x90\x00" + b"\x00" * 200, "the content is something else",
     "innehållet är något annat"),
    ("lista.txt", b"hej", "is not a kind of file that can be attached", "inte en sorts fil"),
]  # fmt: skip


def _bad_file(
    folder: Path, name: str, content: bytes | str, huge: int = filetypes.ATTACHMENT_LIMIT + 1
) -> Path:
    path = folder / name
    if content == "folder":
        path.mkdir()
    elif content == "huge":  # sparse: over the limit, no disk used
        with open(path, "wb") as handle:
            handle.truncate(huge)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


def _counts(session: Any) -> tuple[int, int]:
    conn = session.vault.conn
    audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return attachments.attachment_count(session), audit


def _first_id(session: Any, owner: AttachmentOwner) -> int:
    table = OWNER_TABLES[owner]
    found = session.vault.conn.execute(f"SELECT min(id) FROM {table}").fetchone()[0]
    assert found is not None, table
    return int(found)


@pytest.fixture
def filled(session: Any) -> Any:
    demo.fill(session, cases=2, notes_per_case=1)
    return session


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("owner", list(AttachmentOwner), ids=str)
def test_bad_files_are_refused_for_every_kind_of_record(
    gui: QApplication,
    qtbot: Any,
    filled: Any,
    tmp_path: Path,
    monkeypatch: Any,
    owner: AttachmentOwner,
    language: str,
) -> None:
    i18n.install_translators(gui, language)
    try:
        window = AttachmentsDialog(filled, owner, _first_id(filled, owner))
        qtbot.addWidget(window)
        window.show()
        rows = window.ui.attachmentsTree.topLevelItemCount()
        before = _counts(filled)
        for name, content, english, swedish in BAD:
            path = _bad_file(tmp_path, name, content)
            # As the Add… button does it: the file dialog's answer, then attach.
            monkeypatch.setattr(file_dialogs, "run", lambda dialog, p=path: [str(p)])
            window.choose_and_attach()
            words = swedish if language == "sv" else english
            assert window.message.is_error, (name, window.message.text)
            assert words in window.message.text, (name, window.message.text)
            assert "\n" not in window.message.text.strip()
        assert window.ui.attachmentsTree.topLevelItemCount() == rows
        assert _counts(filled) == before
    finally:
        i18n.install_translators(gui, "en")


def test_a_record_deleted_while_its_window_is_open_is_told_not_raised(
    gui: QApplication, qtbot: Any, filled: Any, tmp_path: Path
) -> None:
    """The window was opened for a concern that is gone (retention ran, or another window
    deleted it): attaching says there is no such record and stores nothing."""
    window = AttachmentsDialog(filled, AttachmentOwner.CONCERN, 4242)
    qtbot.addWidget(window)
    before = _counts(filled)
    good = tmp_path / "brev.pdf"
    good.write_bytes(samples.pdf())
    window.attach(good)
    assert window.message.is_error
    assert "4242" in window.message.text, window.message.text
    assert _counts(filled) == before


def test_a_file_that_cannot_be_read_is_told(
    gui: QApplication, qtbot: Any, filled: Any, tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads a file whatever its permissions (chmod 000 stops no one)")
    window = AttachmentsDialog(
        filled, AttachmentOwner.CASE, _first_id(filled, AttachmentOwner.CASE)
    )
    qtbot.addWidget(window)
    locked = tmp_path / "låst.pdf"
    locked.write_bytes(samples.pdf())
    locked.chmod(0)
    before = _counts(filled)
    window.attach(locked)
    assert window.message.is_error and "cannot be read" in window.message.text
    assert _counts(filled) == before


# The recipients window's "Add…": a certificate file (PEM, DER, PKCS#7).
CERTIFICATE_BAD = [
    ("mapp.pem", "folder", "is a folder, not a file", "är en mapp, inte en fil"),
    ("enorm.pem", "huge", "larger than 1 MiB", "större än 1 MiB"),
    ("tom.pem", b"", "is empty", "är tom"),
    ("borta.pem", "missing", "does not exist", "finns inte"),
    ("bild.pem", samples.png(), "certificate", "certifikat"),
    ("halv.pem", b"-----BEGIN CERTIFICATE-----\nMIIB\n", "certificate", "certifikat"),
]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_bad_certificate_files_are_refused_in_the_recipients_window(
    gui: QApplication, qtbot: Any, session: Any, tmp_path: Path, monkeypatch: Any, language: str
) -> None:
    """Read through the same reader as 'recipient add': a folder is named as a folder (it was
    "The operating system refused: Is a directory", the OS's English in a Swedish line) and a
    200 MB file is refused by its size before it is read (it was read whole into memory)."""
    from kopingplan.gui.exchange.exchange_recipients import RecipientsDialog

    i18n.install_translators(gui, language)
    try:
        window = RecipientsDialog(session)
        qtbot.addWidget(window)
        window.show()
        before = _counts(session)
        for name, content, english, swedish in CERTIFICATE_BAD:
            path = _bad_file(tmp_path, name, content, huge=200 * 1024**2)
            monkeypatch.setattr(file_dialogs, "run", lambda dialog, p=path: [str(p)])
            window.add_certificate()
            words = swedish if language == "sv" else english
            assert window.message.is_error, (name, window.message.text)
            assert words in window.message.text, (name, window.message.text)
        assert _counts(session) == before
    finally:
        i18n.install_translators(gui, "en")
