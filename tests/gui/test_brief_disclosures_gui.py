"""The brief window: every copy has a recipient from the registry, and a copy outside the own
unit is a disclosure. Its terms are asked for beside their fields, "Save" and "Print" wait
with the reason, and a refusal (consent cited without one on file) writes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from test_briefs_gui import choose, give_copies
from test_keyboard import clashes
from test_meetings_gui import SHOTS, prepare

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog, brief_print
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.storage import audit

from gui_helpers import settle, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(session: Any, qtbot: Any) -> Any:
    prepared = prepare(session)
    for name, kind, own in (
        ("Polisen Köping", m.OrganisationKind.POLICE, False),
        ("Samordningen", m.OrganisationKind.MUNICIPALITY, True),
    ):
        session.save(m.Organisation(name, kind, own_unit=own))
    made = BriefDialog.for_meeting(session, prepared.first_meeting, None)
    made.runner = TaskRunner(made, synchronous=True)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _disclosures(session: Any) -> list[tuple[str, str, str]]:
    rows = session.vault.conn.execute(
        "SELECT recipient, channel, content_sha256 FROM disclosures ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def _save_to(dialog: Any, monkeypatch: Any, target: Path) -> None:
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    dialog.save()


def test_a_copy_for_the_police_waits_for_its_terms_then_is_a_disclosure(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ui = dialog.ui
    # Unnamed, the coordinator's own copy: nothing to give, nothing disclosed.
    assert ui.saveButton.isEnabled() and ui.printButton.isEnabled()
    assert not ui.basisCombo.isEnabled()

    choose(ui.recipientCombo, "Polisen Köping")
    assert ui.basisCombo.isEnabled()
    assert not ui.saveButton.isEnabled() and not ui.printButton.isEnabled()
    why = ui.saveButton.toolTip()
    assert why.startswith("Fill in: Legal basis (copy 1)"), why
    assert "Purpose (copy 1)" in why and ui.printButton.toolTip() == why
    assert dialog.copy_editor.messages.shown(ui.purposeEdit) == "Must be filled in."
    assert "a disclosure" in ui.copyList.item(0).text()
    assert clashes(dialog) == []

    # A second copy for the own unit needs nothing more; the first still waits.
    ui.addCopyButton.click()
    choose(ui.recipientCombo, "Samordningen (own unit)")
    assert not ui.basisCombo.isEnabled() and "no disclosure" in ui.ownUnitLabel.text()
    assert not ui.saveButton.isEnabled()

    ui.copyList.setCurrentRow(0)
    choose(ui.basisCombo, ui.basisCombo.itemText(2))
    type_text(ui.roleEdit, "Samordnare")
    type_text(ui.purposeEdit, "Samverkan i insatsgruppen")
    assert ui.decidedByEdit.text() == session.actor  # the coordinator, to start from
    assert ui.saveButton.isEnabled(), ui.saveButton.toolTip()
    assert dialog.copy_editor.messages.shown(ui.purposeEdit) == ""

    out = tmp_path / "out"
    out.mkdir()
    _save_to(dialog, monkeypatch, out / "mote.pdf")
    police = out / "mote-exemplar-1-av-2.pdf"
    assert police.exists(), ui.messageLabel.text()
    digest = hashlib.sha256(police.read_bytes()).hexdigest()
    assert _disclosures(session) == [("Polisen Köping", "brief", digest)]
    assert "1 cop" in ui.messageLabel.text() and "recorded as" in ui.messageLabel.text()


def test_consent_cited_without_a_consent_writes_nothing(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ui = dialog.ui
    give_copies(dialog, "Polisen Köping")
    choose(ui.basisCombo, next(
        ui.basisCombo.itemText(i) for i in range(ui.basisCombo.count())
        if ui.basisCombo.itemData(i) == "osl-12-2"
    ))  # fmt: skip
    assert ui.saveButton.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    log = audit.entries(session.vault.conn)
    _save_to(dialog, monkeypatch, out / "mote.pdf")
    assert "has no consent on file" in ui.messageLabel.text(), ui.messageLabel.text()
    assert list(out.iterdir()) == []
    assert _disclosures(session) == []
    assert audit.entries(session.vault.conn) == log


def test_a_printed_copy_for_the_police_is_a_disclosure(
    dialog: Any, session: Any, monkeypatch: Any, qtbot: Any, tmp_path: Path
) -> None:
    output = tmp_path / "utskrift.pdf"

    def printer(parent: Any) -> QPrinter:
        made = brief_print.new_printer()
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(output))
        return made

    monkeypatch.setattr(brief_print, "choose_printer", printer)
    monkeypatch.setattr(brief_print, "writes_file", lambda printer: False)  # stands for paper
    give_copies(dialog, "Polisen Köping")
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    ((recipient, channel, digest),) = _disclosures(session)
    assert (recipient, channel) == ("Polisen Köping", "brief")
    (row,) = audit.entries(session.vault.conn, action="brief.print")
    assert row.details["recipients"][0]["sha256"] == digest
    assert "Samverkan" not in json.dumps(row.details, ensure_ascii=False)


def test_the_window_in_swedish_at_1366_by_728(dialog: Any, controller: Any, qtbot: Any) -> None:
    controller.set_language("sv")
    try:
        ui = dialog.ui
        choose(ui.recipientCombo, "Polisen Köping")
        assert ui.saveButton.toolTip().startswith("Fyll i: Rättslig grund (exemplar 1)")
        dialog.resize(1366, 728)
        settle(qtbot)
        assert dialog.height() <= 728
        assert clashes(dialog) == []  # every Alt+letter reaches one control
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "brief_dialog_disclosure_sv.png"))
    finally:
        controller.set_language("en")


def test_the_disclosures_list_says_a_brief_copy_is_one(
    dialog: Any, session: Any, monkeypatch: Any, qtbot: Any, tmp_path: Path
) -> None:
    from kopingplan.gui.exchange.disclosures_page import DisclosuresPage

    give_copies(dialog, "Polisen Köping")
    out = tmp_path / "out"
    out.mkdir()
    _save_to(dialog, monkeypatch, out / "mote.pdf")
    page = DisclosuresPage(session)
    qtbot.addWidget(page)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    how = headers.index("How")
    assert model.index(0, headers.index("Recipient")).data() == "Polisen Köping"
    assert model.index(0, how).data() == "Brief copy"
    kind = headers.index("Kind of recipient")  # the registry's kind of Polisen Köping
    assert model.index(0, kind).data() == "Police"
    page.teardown()  # as locking does: the page lets go of the vault
