"""Arkiv → Handlingsplanen …: the revisions newest first with the selected one's text, a new
revision through the form (validated as you type), correcting one from the row (Enter), and
a form left open when the vault locks coming back as a draft."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model
from kopingplan.services import drafts, plan
from kopingplan.services.session import Session
from kopingplan.storage import audit

from gui_helpers import type_text, unlock
from support import PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    plan.add_revision(
        session,
        model.PlanRevision(
            1, date(2017, 9, 25), "Kommunfullmäktige", "Handlingsplan 2017", "Första versionen"
        ),
    )
    plan.add_revision(
        session,
        model.PlanRevision(
            2, date(2024, 10, 28), "Kommunfullmäktige", "Handlingsplan 2024",
            "Nya avsnitt om stöd till anhöriga\noch stöd att lämna",
        ),
    )  # fmt: skip
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _column(dialog: Any, column: int) -> list[str]:
    found = dialog.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def _menu_texts(window: Any) -> list[str]:
    return [a.text() for a in window.ui.fileMenu.actions() if not a.isSeparator()]


def test_the_menu_opens_the_revisions_newest_first(window: Any, qtbot: Any) -> None:
    texts = _menu_texts(window)
    assert texts[texts.index("&Search…") + 1] == "&Action plan…"
    window.plan_actions.plan_action.trigger()
    dialog = window.plan_actions.dialog
    qtbot.waitExposed(dialog)
    assert _column(dialog, 0) == ["2", "1"]
    assert _column(dialog, 4)[0] == "Nya avsnitt om stöd till anhöriga och stöd att lämna"
    assert dialog.ui.countLabel.text() == "2 revisions"
    assert dialog.ui.textView.toPlainText() == "Handlingsplan 2024"
    dialog.ui.revisionTable.setCurrentIndex(dialog.model.index(1, 0))
    assert dialog.ui.textView.toPlainText() == "Handlingsplan 2017"
    assert dialog.focusWidget() is dialog.ui.revisionTable


def test_a_new_revision_is_checked_then_saved_on_top(window: Any, qtbot: Any) -> None:
    dialog = window.plan_actions.open_plan()
    qtbot.mouseClick(dialog.ui.newButton, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.ui.revisionSpin.value() == 3
    assert form.ui.adoptedByEdit.text() == "Kommunfullmäktige"
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible() and save.toolTip() == "Fill in: The plan's text"
    form.ui.revisionSpin.setValue(2)  # taken: the service refuses, the form stays
    type_text(form.ui.textEdit, "Handlingsplan 2026")
    type_text(form.ui.changesEdit, "Nytt avsnitt om arbetsgivaransvar")
    form.ui.adoptedByEdit.setText("Kommunstyrelsen")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.shown_problem("revision") != ""
    form.ui.revisionSpin.setValue(3)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert _column(dialog, 0) == ["3", "2", "1"]
    assert _column(dialog, 2)[0] == "Kommunstyrelsen"
    assert dialog.ui.textView.toPlainText() == "Handlingsplan 2026"


def test_enter_opens_a_revision_to_correct_it_and_the_log_says_so(
    window: Any, qtbot: Any, controller: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    table = dialog.ui.revisionTable
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(1, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    form = dialog.form
    assert form.ui.textEdit.toPlainText() == "Handlingsplan 2017"
    form.ui.changesEdit.setPlainText("Första versionen, antagen av KF")
    qtbot.mouseClick(
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert _column(dialog, 4)[1] == "Första versionen, antagen av KF"
    entries = audit.entries(window.session.vault.conn, entity="plan_revisions")
    assert entries[0].action == "plan_revisions.change"
    assert entries[0].details["fields"] == ["change_summary"]


def test_a_form_open_at_the_lock_comes_back_as_a_draft(
    window: Any, qtbot: Any, controller: Any, vault_paths: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    dialog.open_revision(None)
    type_text(dialog.form.ui.textEdit, "Utkast till ny plan")
    controller.lock()
    with Session.open(vault_paths, PASSPHRASE) as session:
        assert [kind for kind, *_ in drafts.list_drafts(session)] == ["plan_revision"]
        assert len(plan.revisions(session)) == 2  # nothing saved


def test_reports_where_do_i_turn_saves_the_sheet(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from kopingplan.gui.common import file_dialogs

    window.session.save(
        model.Organisation("Polisen Köping", model.OrganisationKind.POLICE, phone="114 14")
    )
    window.session.save(model.Organisation("Föreningen Tyst", model.OrganisationKind.OTHER))
    out = tmp_path / "Vart vänder jag mig.pdf"
    asked: list[str] = []

    def save_path(parent: Any, kind: str, title: str, name: str, *rest: Any) -> Any:
        asked.append(name)
        return out

    monkeypatch.setattr(file_dialogs, "save_path", save_path)
    action = window.reports.where_action
    assert action.text() == "&Where do I turn?…"
    assert action in window.reports.menu.actions()
    action.trigger()
    dialog = window.reports.dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.countLabel.text() == (
        "The sheet lists 1 organisation. 1 without a phone number, e-mail or address is left out."
    )
    assert dialog.focusWidget() is dialog.ui.saveButton
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Vart vänder jag mig ")
    assert out.read_bytes().startswith(b"%PDF")
    said = "Saved Vart vänder jag mig.pdf: 1 organisation with their contact details."
    assert dialog.ui.messageLabel.text() == said
    assert window.statusBar().currentMessage() == said
    (entry,) = audit.entries(window.session.vault.conn, action="where_to_turn.create")
    assert entry.details["organisations"] == 1


def test_a_revision_keeps_its_adopted_text_as_a_pdf(window: Any, qtbot: Any, tmp_path: Any) -> None:
    """Issue 18: a revision's text "or an attached PDF": the plan window's Attachments… opens
    the attachments window of the chosen revision, and the file goes with the revision."""
    from attachment_samples import pdf
    from kopingplan.domain.model.attachments import AttachmentOwner
    from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
    from kopingplan.services import attachments

    window.plan_actions.plan_action.trigger()
    dialog = window.plan_actions.dialog
    qtbot.waitExposed(dialog)
    button = dialog.attachments_button
    assert button.isEnabled() and "PDF" in button.toolTip()
    revision = dialog.revision_at(dialog.ui.revisionTable.currentIndex())
    source = tmp_path / "Handlingsplan 2024 antagen.pdf"
    source.write_bytes(pdf(pages=2))
    stored = attachments.attach_file(
        window.session, AttachmentOwner.PLAN_REVISION, revision.id, source
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (files,) = dialog.findChildren(AttachmentsDialog)
    qtbot.waitExposed(files)
    assert (
        files.windowTitle() == f"Attachments of the action plan's revision (record {revision.id})"
    )
    listed = attachments.list_attachments(
        window.session, AttachmentOwner.PLAN_REVISION, revision.id
    )
    assert [(a.id, a.file_name, a.pages) for a in listed] == [
        (stored.id, "Handlingsplan 2024 antagen.pdf", 2)
    ]


def test_the_list_windows_close_keeps_its_name_after_a_language_switch(
    window: Any, qtbot: Any, controller: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "&Close"

    controller.set_language("sv")

    qtbot.waitUntil(lambda: close.text() == "S&täng")  # not the button box's own "Stäng"
