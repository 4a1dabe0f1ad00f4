"""A wizard asking "Keep what you have written?" (after Esc) when the vault locks, by Ctrl+L or
by the idle timer: the question and the wizard go, the input is kept as a draft that is offered
after unlocking, and a later language switch runs without an error. A switch while the question
is open leaves the question answerable. A draft that cannot be stored at the lock (a full disk)
still lets the wizard close: it used to stay open over the locked vault. Through the real
controller, main window and case window (the wizards run modally, as the case window runs them).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard
from kopingplan.gui.wizards.base import FlowWizard
from kopingplan.services import drafts

from gui_helpers import add_cases, open_main_window, type_text, unlock

pytestmark = pytest.mark.gui

TYPED = "Halvvägs när frågan kom"


@dataclass(frozen=True)
class Opened:
    """A wizard's way in: the button on the case window, its class, its first page's field."""

    button: str
    kind: type[FlowWizard]
    field: str


WIZARDS = [
    pytest.param(Opened("exitPlanButton", ExitPlanWizard, "situationEdit"), id="exit_plan"),
    pytest.param(
        Opened("supportButton", RelativeSupportWizard, "pseudonymEdit"), id="relative_support"
    ),
]

LOCKS: list[Any] = [
    pytest.param(lambda controller: controller.lock(), id="lock"),
    pytest.param(lambda controller: controller.idle.idle.emit(), id="idle"),
]


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture(params=WIZARDS)
def opened(request: pytest.FixtureRequest) -> Opened:
    return cast(Opened, request.param)


@pytest.fixture
def case_view(
    controller: Any,
    qtbot: Any,
    session: Any,
    vault_paths: Any,
    caplog: pytest.LogCaptureFixture,
) -> tuple[Any, int]:
    """A case's window in the unlocked main window, and the case's id; warnings logged from
    here on are captured."""
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    window = open_main_window(controller, qtbot, session, vault_paths)
    caplog.set_level(logging.WARNING)
    return window.open_case(case_id), case_id


def kept_input(controller: Any, opened: Opened, case_id: int) -> bool:
    """Whether the vault holds a draft of the wizard with what was typed."""
    payload = drafts.load_draft(controller.session, opened.kind.DRAFT_KIND, str(case_id))
    return payload is not None and TYPED in json.dumps(payload, ensure_ascii=False)


def run_wizard_asking(
    qtbot: Any, view: Any, opened: Opened, then: Callable[[FlowWizard], None]
) -> list[Any]:
    """Clicks the wizard's button (it runs modally), types into the first page, presses Esc so
    the question shows, then calls ``then(wizard)``; returns the wizard and its question."""
    seen: list[Any] = []

    def type_and_escape() -> None:
        wizard = shown(opened.kind)[0]
        assert isinstance(wizard, FlowWizard)
        type_text(getattr(wizard.currentPage().ui, opened.field), TYPED)
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        seen.extend([wizard, wizard.question])
        then(wizard)

    QTimer.singleShot(0, type_and_escape)
    getattr(view.ui, opened.button).click()  # returns once the wizard is closed
    return seen


@pytest.mark.parametrize("lock", LOCKS)
def test_locking_while_the_wizard_asks_keeps_a_draft_and_leaves_nothing_on_screen(
    controller: Any,
    qtbot: Any,
    caplog: pytest.LogCaptureFixture,
    case_view: tuple[Any, int],
    opened: Opened,
    lock: Callable[[Any], None],
) -> None:
    view, case_id = case_view

    wizard, question = run_wizard_asking(qtbot, view, opened, lambda wizard: lock(controller))

    assert isinstance(question, QMessageBox)  # the question was up when the lock came
    assert controller.locked
    assert not wizard.isVisible() and not question.isVisible()
    assert not shown(FlowWizard) and not shown(QMessageBox)
    window = unlock(controller, qtbot)
    assert window is not None and kept_input(controller, opened, case_id)
    assert any(bar.key == "drafts" for bar in window.notices())  # offered again
    controller.set_language("sv")
    controller.set_language("en")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_language_switch_while_the_wizard_asks_leaves_the_question_answerable(
    controller: Any,
    qtbot: Any,
    caplog: pytest.LogCaptureFixture,
    case_view: tuple[Any, int],
    opened: Opened,
) -> None:
    view, case_id = case_view
    after_switch: list[Any] = []

    def switch_then_save(wizard: FlowWizard) -> None:
        controller.set_language("sv")
        after_switch.extend([wizard.isVisible(), wizard.question])
        assert wizard.question is not None
        wizard.question_buttons["save"].click()

    wizard, question = run_wizard_asking(qtbot, view, opened, switch_then_save)

    still_open, still_asking = after_switch
    assert still_open and still_asking is question  # the switch neither closed nor re-asked
    assert not wizard.isVisible() and not question.isVisible()
    assert kept_input(controller, opened, case_id)
    controller.set_language("en")
    controller.lock()  # nothing of the wizard is left to keep
    assert not shown(FlowWizard) and not shown(QMessageBox)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_draft_that_cannot_be_kept_at_the_lock_still_closes_the_wizard_and_its_question(
    controller: Any,
    qtbot: Any,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    case_view: tuple[Any, int],
    opened: Opened,
) -> None:
    """Storing the draft fails (a full disk, say): the lock must still close the wizard. It used
    to stay open, asking its question again over the locked vault with its session closed under
    it, and the case window's teardown then deleted it under the wizard's modal loop."""
    view, _ = case_view
    asked_at_lock: list[Any] = []

    def cannot_store(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    def lock_failing(wizard: FlowWizard) -> None:
        monkeypatch.setattr(drafts, "save_draft", cannot_store)
        controller.lock()
        asked_at_lock.append(wizard.question)
        monkeypatch.undo()

    wizard, question = run_wizard_asking(qtbot, view, opened, lock_failing)

    assert isinstance(question, QMessageBox) and controller.locked
    assert asked_at_lock == [None]  # not asked again over the locked vault
    assert not wizard.isVisible() and not question.isVisible()
    assert not shown(FlowWizard) and not shown(QMessageBox)
    caplog.clear()  # the lock logged that this form's input could not be kept
    window = unlock(controller, qtbot)
    assert window is not None
    controller.set_language("sv")
    controller.set_language("en")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
