"""helper-111's hostile review of the export wizard's drafts and of DraftWizard (the draft and
question logic the exit-plan and relative-support wizards share with it). Through the real
controller and main window, as the coordinator drives it."""

from __future__ import annotations

import logging
import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from test_export_wizard_draft import (
    BASIS,
    PURPOSE,
    Vault,
    click_next,
    no_warnings,
    open_wizard,
    prepare,
    shown_wizards,
    stored,
    vault,
)

from kopingplan.domain.flows.export import DRAFT_KIND
from kopingplan.errors import DiskFull
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.wizards import ExitPlanWizard
from kopingplan.services import drafts, exchange

from gui_helpers import lock_begins, results_handled, type_text, unlock

pytestmark = pytest.mark.gui

__all__ = ["vault"]


def reopen_from_notice(window: Any, qtbot: Any) -> Any:
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # "Open again"
    (again,) = shown_wizards()
    return again


def disclose_from_case(window: Any, qtbot: Any, case_id: int) -> list[Any]:
    """Opens the case's window and clicks Disclose…; the export wizards on screen."""
    view = window.open_case(case_id)
    qtbot.mouseClick(view.ui.discloseButton, Qt.MouseButton.LeftButton)
    return shown_wizards()


def to_preview(wizard: Any, qtbot: Any) -> None:
    while wizard.currentPage() is not wizard.preview_page:
        before = wizard.currentId()
        click_next(wizard, qtbot)
        assert wizard.currentId() != before, wizard.currentPage().checks.status.text()


def start_making_slowly(
    wizard: Any,
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    destination: Path,
    until: threading.Event,
) -> None:
    """Clicks Create package… (saved to ``destination``) with the package made on the worker,
    as in use, and not before ``until`` is set (a large package, still being made then)."""
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    real = exchange.export_package

    def slow(*args: Any, **kwargs: Any) -> Any:
        until.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange, "export_package", slow)
    assert wizard.runner is controller.runner
    controller.runner.synchronous = False
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("reopened", [False, True], ids=["fresh", "reopened"])
def test_a_lock_while_the_package_is_made_keeps_no_draft_to_disclose_it_again(
    reopened: bool,
    vault: Vault,
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    """The lock waits for the worker signing the package, so the package is made and the
    disclosure recorded; the wizard, still open when the forms are kept, kept its input as a
    draft all the same (on the preview page), which the unlock offered again: one more Create
    package and the same disclosure was made twice."""
    window = vault.window
    wizard = open_wizard(window)
    prepare(wizard, qtbot, vault)
    if reopened:
        controller.lock()
        window = unlock(controller, qtbot)
        wizard = reopen_from_notice(window, qtbot)
    to_preview(wizard, qtbot)
    destination = tmp_path / "utlamnande.p7m"
    locking = lock_begins(monkeypatch)  # the package is made once the lock has begun
    start_making_slowly(wizard, controller, qtbot, monkeypatch, destination, locking)

    controller.lock()  # Ctrl+L, or the idle timer, while the worker signs

    results_handled(qtbot, controller.runner)  # the package's result, to the closed wizard
    controller.runner.synchronous = True
    assert not shown_wizards()
    window = unlock(controller, qtbot)
    assert destination.exists()
    assert exchange.disclosure_count(window.session) == 1
    assert stored(window) is None  # nothing to make it again from
    assert not [bar for bar in window.notices() if bar.key == "drafts"]
    assert no_warnings(caplog)


def test_a_legal_basis_removed_meanwhile_is_chosen_again_not_replaced_unseen(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The lawyer took the draft's legal basis off the list: reopened, the decision page said
    "left out: the legal basis" yet showed the list's first basis chosen, with Next enabled,
    so the disclosure was recorded on a basis nobody decided on."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    controller.lock()
    window = unlock(controller, qtbot)
    kept = [b for b in exchange.legal_bases(window.session) if b.title != BASIS]
    exchange.set_legal_bases(window.session, kept)

    again = reopen_from_notice(window, qtbot)

    decision = again.decision_page
    assert again.currentPage() is decision
    note = decision.findChild(type(decision.message_label), "resumeNote")
    assert note is not None and note.text().endswith("left out: the legal basis.")
    assert decision.ui_basis.currentText() == ""  # no basis shown chosen
    assert not again.button(QWizard.WizardButton.NextButton).isEnabled()
    assert again.flow.terms.legal_basis == ""
    assert decision.purpose.toPlainText() == PURPOSE  # the rest of the decision stays
    decision.ui_basis.setCurrentIndex(1)  # the coordinator chooses one
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    assert again.flow.terms.legal_basis == kept[1].code
    assert no_warnings(caplog)


def test_a_draft_discarded_in_another_window_is_kept_again_from_the_one_still_showing_it(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The draft of a disclosure begun from a case window, reopened from the unlock's notice
    and, at the same time, from the case's window (asked, continued): Discard in the second
    deleted the draft the first still showed, untouched since it was reopened, so a lock kept
    nothing of it and the notice offered a draft that no longer existed."""
    case_id = vault.cases[0]
    (wizard,) = disclose_from_case(vault.window, qtbot, case_id)
    click_next(wizard, qtbot)
    wizard.content_page.subjects.setChecked(True)
    controller.lock()
    window = unlock(controller, qtbot)
    first = reopen_from_notice(window, qtbot)
    (second,) = [w for w in disclose_from_case(window, qtbot, case_id) if w is not first]
    qtbot.mouseClick(second.question_buttons["resume"], Qt.MouseButton.LeftButton)
    second.content_page.notes.setChecked(True)
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.mouseClick(second.question_buttons["discard"], Qt.MouseButton.LeftButton)
    assert first.isVisible() and first.content_page.subjects.isChecked()

    controller.lock()

    window = unlock(controller, qtbot)
    again = reopen_from_notice(window, qtbot)
    assert again.currentPage() is again.content_page
    assert again.flow.case_ids == [case_id] and again.content_page.subjects.isChecked()
    assert not again.content_page.notes.isChecked()  # what the first window showed
    assert no_warnings(caplog)


def test_why_the_preview_was_refused_is_said_again_in_the_language_chosen(
    vault: Vault,
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A reopened draft whose recipient's certificate ends before the preview (a recipient
    that expired before the draft was reopened is left out since helper-112): Next on the
    decision page says why the preview was refused, but a language switch left that line in
    English (the text was made once), while the rest of the page was Swedish."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    controller.lock()
    window = unlock(controller, qtbot)
    again = reopen_from_notice(window, qtbot)
    decision = again.decision_page
    assert again.currentPage() is decision
    real = exchange.preview_export
    later = datetime.now(UTC) + timedelta(days=4000)  # the liaison's certificate has ended
    monkeypatch.setattr(exchange, "preview_export", lambda *a: real(*a, now=later))

    click_next(again, qtbot)

    assert again.currentPage() is decision  # refused: no preview
    said = "The certificate of Kontaktpolis Karin Berg, Polisen expired on"
    assert decision.message_label.text().startswith(said)
    controller.set_language("sv")
    assert decision.message_label.text().startswith("Certifikatet för Kontaktpolis Karin Berg")
    controller.set_language("en")
    assert decision.message_label.text().startswith(said)
    assert no_warnings(caplog)


def test_why_the_package_was_not_made_is_said_again_in_the_language_chosen(
    vault: Vault,
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The preview page's line saying why Create package failed was made once, in the
    language of the moment, as the decision page's was."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    to_preview(wizard, qtbot)
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(tmp_path / "ut.p7m")])

    def disk_full(*_: Any, **_kwargs: Any) -> None:
        raise DiskFull()

    monkeypatch.setattr(exchange, "export_package", disk_full)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    said = wizard.preview_page.message_label
    assert said.text().startswith("The disk is full")
    controller.set_language("sv")
    assert said.text().startswith("Disken är full")
    controller.set_language("en")
    assert exchange.disclosure_count(vault.window.session) == 0


def test_esc_while_the_package_is_made_neither_asks_nor_keeps_a_draft(
    vault: Vault,
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Before the progress window comes up (0.4 s), Esc reached the wizard while the worker
    signed: it asked Save draft / Discard / Keep writing, and Save draft kept a draft of a
    disclosure that was being recorded (to be made again after), Discard closed the wizard
    over a package that was made all the same."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    to_preview(wizard, qtbot)
    destination = tmp_path / "utlamnande.p7m"
    made = threading.Event()
    start_making_slowly(wizard, controller, qtbot, monkeypatch, destination, made)

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.close()  # the window's close button

    assert wizard.question is None and wizard.isVisible()  # the package is being made
    made.set()
    qtbot.waitUntil(lambda: not shown_wizards(), timeout=10_000)  # closed once made
    controller.runner.synchronous = True
    assert destination.exists()
    assert exchange.disclosure_count(vault.window.session) == 1
    assert stored(vault.window) is None
    assert "disclosure recorded" in vault.window.statusBar().currentMessage()
    assert no_warnings(caplog)


def asked(wizard: Any) -> list[str]:
    """The question's title, text and buttons, as the person reads them."""
    box = wizard.question
    assert box is not None and box.isVisible()
    return [box.windowTitle(), box.text(), *(b.text() for b in wizard.question_buttons.values())]


SWEDISH_QUESTION = [
    "Vill du behålla det du har skrivit?",
    "Spara det som utkast för att fortsätta senare; utkastet sparas krypterat i valvet. "
    "Släng tar bort det du har skrivit här.",
    "Spara &utkast",
    "S&läng",
    "Fortsätt s&kriva",
]


def test_the_question_before_closing_is_said_again_in_the_language_chosen(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Save draft / Discard / Keep writing, open when the language is switched: the whole
    wizard behind it spoke Swedish, the question went on in English (its texts were set once)."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    english = asked(wizard)

    controller.set_language("sv")

    assert asked(wizard) == SWEDISH_QUESTION
    controller.set_language("en")
    assert asked(wizard) == english
    qtbot.mouseClick(wizard.question_buttons["keep"], Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.question is None
    assert no_warnings(caplog)


def shown_exit_plans() -> list[ExitPlanWizard]:
    found = QApplication.topLevelWidgets()
    return [w for w in found if isinstance(w, ExitPlanWizard) and w.isVisible()]


def test_an_exit_plans_question_and_the_offer_of_its_draft_follow_a_language_switch(
    vault: Vault, controller: Any, qtbot: Any
) -> None:
    """The same for the wizards DraftWizard serves since the move: the exit plan's, opened
    modally from a case window, asked on Esc and, opened again, offering its draft."""
    view = vault.window.open_case(vault.cases[0])
    said: list[list[str]] = []

    def type_then_escape() -> None:
        (wizard,) = shown_exit_plans()
        type_text(wizard.currentPage().ui.situationEdit, "Halvvägs")
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        controller.set_language("sv")
        said.append(asked(wizard))
        qtbot.mouseClick(wizard.question_buttons["save"], Qt.MouseButton.LeftButton)

    def offered_then_switch() -> None:
        (wizard,) = shown_exit_plans()
        controller.set_language("en")
        said.append(asked(wizard))
        qtbot.mouseClick(wizard.question_buttons["fresh"], Qt.MouseButton.LeftButton)
        wizard.reject()  # untouched: closes

    QTimer.singleShot(0, type_then_escape)
    view.ui.exitPlanButton.click()  # modal until closed
    QTimer.singleShot(0, offered_then_switch)
    view.ui.exitPlanButton.click()

    assert said == [
        SWEDISH_QUESTION,
        [
            "There is a saved draft",
            "You started this earlier and saved a draft. Continue from it?",
            "&Continue with the draft",
            "&Start over",
        ],
    ]


# --- What held (guards) ---------------------------------------------------------------------


@pytest.mark.parametrize("page", ["recipients", "content", "situation", "decision", "preview"])
def test_a_lock_on_any_page_reopens_every_choice_on_that_page(
    page: str, vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)  # on the decision page
    if page == "preview":
        click_next(wizard, qtbot)
    while page != wizard.currentPage().PAGE:
        wizard.back()

    controller.lock()

    assert not shown_wizards()
    again = reopen_from_notice(unlock(controller, qtbot), qtbot)
    assert page == again.currentPage().PAGE
    assert again.flow.case_ids == vault.cases and again.flow.situation_entry_ids == [vault.entry]
    assert again.flow.terms.purpose == PURPOSE and again.flow.recipient_ids
    to_preview(again, qtbot)
    assert again.preview is not None
    assert no_warnings(caplog)


def test_a_draft_stays_in_the_vault_and_a_discarded_one_records_nothing(
    vault: Vault, controller: Any, qtbot: Any, vault_paths: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Kept at two locks in a row (the second without reopening it), then discarded from the
    notice: the purpose reached no log and no file outside the vault, and no disclosure was
    recorded."""
    caplog.set_level(logging.DEBUG)
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    controller.lock()
    unlock(controller, qtbot)
    controller.lock()  # not reopened: the draft stays, once
    window = unlock(controller, qtbot)
    assert [kind for kind, _ref, _at in drafts.list_drafts(window.session)] == [DRAFT_KIND]
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)  # "Discard the input"
    assert stored(window) is None and exchange.disclosure_count(window.session) == 0
    controller.lock()
    assert PURPOSE not in caplog.text
    for top in {Path(os.environ["HOME"]), vault_paths.folder.parent}:
        for path in top.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert PURPOSE.encode() not in data, path
                assert PURPOSE.encode("utf-16-le") not in data, path


def test_a_damaged_draft_opens_what_can_be_read(
    vault: Vault, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Written by hand: wrong types everywhere, a page that does not exist. The wizard opens on
    the first page with what could be read, without a traceback. (A draft naming a case the
    vault does not have, such as 99999 or -5, is not offered at all since 473488c: tests/unit/
    test_drafts_kept_for_deleted.py.)"""
    fields = {
        "recipient_ids": "1",
        "case_ids": [1e300, None, True, "2", vault.cases[0]],
        "what": [],
        "what_of_case": {"case_id": 1},
        "terms": ["purpose"],
        "briefs": [1, None, "PM.pdf"],
        "situation_entry_ids": [[vault.entry]],
    }
    drafts.save_draft(
        vault.window.session, DRAFT_KIND, "new", {"version": 1, "page": "x", "fields": fields}
    )
    wizard = open_wizard(vault.window)
    qtbot.mouseClick(wizard.question_buttons["resume"], Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.recipient_page
    assert wizard.flow.case_ids == [vault.cases[0]] and wizard.flow.situation_entry_ids == []
    assert wizard.flow.briefs_not_kept == ("PM.pdf",)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert no_warnings(caplog)
