"""Attachments of a meeting, an incident and a concern (issue 17): each window has an
"Attachments…" button that opens the same attachments window as a case's, for that record; a
form's record must be stored first. A file attached there is kept with that record only, bad
files are refused with the same messages, and the marker inside the file is never on disk in
plain. Screens in Swedish at 1366×768 go to /tmp/kopingplan-screens/record-attachments-*.png."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

import attachment_samples as samples
from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.intake.concern_dialog import ConcernDialog
from kopingplan.gui.meetings.meeting_view import MeetingView
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.services import attachments, concerns, meetings

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
SCREEN = (1366, 768)


def _meeting(session: Any) -> int:
    group = meetings.create_group(session, "Insatsgrupp Väst", model.GroupKind.INTERVENTION_GROUP)
    meeting = meetings.create_meeting(session, group.id, datetime.now(UTC) - timedelta(days=1))
    assert meeting.id is not None
    return meeting.id


def _incident(session: Any) -> model.Incident:
    stored: model.Incident = session.save(
        model.Incident(date(2026, 1, 2), model.IncidentKind.THREAT, "Hot i telefon", "Anna")
    )
    return stored


def _concern(session: Any) -> model.Concern:
    return concerns.add_concern(
        session,
        model.Concern(
            received_on=date.today() - timedelta(days=1),
            source=model.ConcernSource.ANONYMOUS,
            channel=model.ConcernChannel.LETTER,
            description="Ett brev om en elev",
            recorded_at=datetime.now(UTC),
            recorded_by="Anna",
        ),
    )


def _window_of(session: Any, kind: str, qtbot: Any) -> tuple[QWidget, AttachmentOwner, int]:
    """The meeting view, the incident form or the concern form of a stored record, shown."""
    window: Any
    if kind == "meeting":
        meeting_id = _meeting(session)
        window = MeetingView(session)
        window.show_meeting(meeting_id)
        owner, owner_id = AttachmentOwner.MEETING, meeting_id
    elif kind == "incident":
        incident = _incident(session)
        window = IncidentDialog(session, incident)
        owner, owner_id = AttachmentOwner.INCIDENT, incident.id
    else:
        concern = _concern(session)
        window = ConcernDialog(session, concern)
        owner, owner_id = AttachmentOwner.CONCERN, concern.id
    qtbot.addWidget(window)
    window.show()
    return window, owner, owner_id


def _open(window: Any, qtbot: Any) -> AttachmentsDialog:
    button = window.attachments_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() in ("Attach&ments…", "Attachments…", "Bil&agor …", "Bilagor …")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = window.findChildren(AttachmentsDialog)
    assert dialog.isVisible()
    return dialog


@pytest.mark.parametrize("kind", ["meeting", "incident", "concern"])
def test_a_file_is_attached_to_the_record_shown_and_bad_files_change_nothing(
    gui: QApplication, qtbot: Any, session: Any, tmp_path: Path, monkeypatch: Any, kind: str
) -> None:
    window, owner, owner_id = _window_of(session, kind, qtbot)
    dialog = _open(window, qtbot)
    assert dialog.owner is owner and dialog.owner_id == owner_id
    assert dialog.windowTitle() == f"Attachments of {kind} {owner_id}"
    # Bad files: the same messages as a case's, and nothing stored.
    (tmp_path / "mapp.pdf").mkdir()
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(samples.pdf()[:500])
    wrong = tmp_path / "brev.pdf"
    wrong.write_bytes(samples.png())
    for path, words in (
        (tmp_path / "mapp.pdf", "is a folder, not a file"),
        (broken, "damaged or cut off"),
        (wrong, "says PDF, but the content is PNG image"),
        (tmp_path / "saknas.pdf", "saknas.pdf"),
    ):
        dialog.attach(path)
        assert dialog.message.is_error and words in dialog.message.text, dialog.message.text
    assert attachments.attachment_count(session) == 0
    # A good one, chosen in the file dialog, is kept with this record.
    letter = tmp_path / "Skannat brev.pdf"
    letter.write_bytes(samples.pdf(pages=1))
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(letter)])
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.message.text == "Skannat brev.pdf was attached."
    (stored,) = attachments.attachments_of(session, owner, owner_id)
    assert stored.file_name == "Skannat brev.pdf" and stored.owner == (owner, owner_id)
    assert dialog.ui.attachmentsTree.topLevelItemCount() == 1
    # Asking again brings the same window to the front.
    qtbot.mouseClick(window.attachments_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.findChildren(AttachmentsDialog) == [dialog]
    letter.unlink()
    for path in session.vault_folder.rglob("*"):
        if path.is_file():
            assert samples.MARKER_BYTES not in path.read_bytes(), path


@pytest.mark.parametrize("form", [IncidentDialog, ConcernDialog])
def test_a_new_record_is_saved_before_files_can_be_attached(
    gui: QApplication, qtbot: Any, session: Any, form: Any
) -> None:
    window = form(session, None)
    qtbot.addWidget(window)
    window.show()
    button = window.attachments_button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "Save it first; then files can be attached."


def test_the_meeting_views_button_follows_the_meeting_shown(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    first = _meeting(session)
    group = meetings.detail(session, first).group
    second = meetings.create_meeting(session, group.id, datetime.now(UTC)).id
    view = MeetingView(session)
    qtbot.addWidget(view)
    view.show()
    assert not view.attachments_button.isEnabled()  # no meeting chosen yet
    view.show_meeting(first)
    qtbot.mouseClick(view.attachments_button, Qt.MouseButton.LeftButton)
    view.show_meeting(second)
    qtbot.mouseClick(view.attachments_button, Qt.MouseButton.LeftButton)
    titles = sorted(d.windowTitle() for d in view.findChildren(AttachmentsDialog))
    assert titles == [f"Attachments of meeting {first}", f"Attachments of meeting {second}"]


def test_screens_in_swedish(gui: QApplication, qtbot: Any, session: Any, tmp_path: Path) -> None:
    i18n.install_translators(gui, "sv")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for kind in ("meeting", "incident", "concern"):
        window, owner, owner_id = _window_of(session, kind, qtbot)
        if kind == "meeting":
            window.resize(*SCREEN)
        qtbot.waitExposed(window)
        words = "Bilagor …" if kind == "meeting" else "Bil&agor …"
        assert window.attachments_button.text() == words  # type: ignore[attr-defined]
        window.grab().save(str(SHOTS / f"record-attachments-{kind}.png"))
        picture = tmp_path / f"{kind}.png"
        picture.write_bytes(samples.png(320, 200))
        attachments.attach_file(session, owner, owner_id, picture)
        dialog = _open(window, qtbot)
        dialog.grab().save(str(SHOTS / f"record-attachments-{kind}-list.png"))
        dialog.close()
    i18n.install_translators(gui, "en")
