"""The relative-support wizard by keyboard: every Alt key of the caller page and the link page
does what its underlined letter promises, in English and Swedish. A choice's letter
("&Anonymous, pseudonym:") checks the choice and puts the cursor in the choice's own field."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_keyboard import clashes
from test_wizards_exit_plan import next_page, page_ui

from kopingplan.gui.wizards import RelativeSupportWizard

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def alt(control: QAbstractButton | QLabel) -> None:
    """Alt and the letter underlined in ``control``'s text, as read off the screen (å, ä, ö too:
    Qt's key code of a Latin-1 letter is its upper case's code point)."""
    match = _MNEMONIC.search(control.text())
    assert match, f"{control.objectName()} {control.text()!r} has no underlined letter"
    focus = QApplication.focusWidget() or control.window()
    QTest.keyClick(focus, Qt.Key(ord(match.group(1).upper())), Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.fixture
def wizard(qtbot: Any, session: Any, controller: Any, request: Any) -> RelativeSupportWizard:
    controller.set_language(request.param)
    add_cases(session, [("Bertil i skolan", "specific")])
    made = RelativeSupportWizard(session, None)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    controller.set_language("en")


BOTH = pytest.mark.parametrize("wizard", ["en", "sv"], indirect=True)


@BOTH
def test_a_callers_choice_by_its_letter_checks_it_and_goes_to_its_field(wizard: Any) -> None:
    ui = page_ui(wizard)
    assert clashes(wizard) == []
    choices = [
        (ui.registryRadio, ui.personCombo),
        (ui.newPersonRadio, ui.givenNameEdit),
        (ui.anonymousRadio, ui.pseudonymEdit),
        (ui.registryRadio, ui.personCombo),
    ]
    for radio, field in choices:
        ui.relationEdit.setFocus()
        alt(radio)
        assert radio.isChecked(), radio.text()
        assert field.isEnabled()
        where = focused()
        assert where is field or (where is not None and where.parent() is field), radio.text()
    # "Reachable at:" belongs to the anonymous caller: its letter chooses them too.
    ui.relationEdit.setFocus()
    alt(ui.callbackLabel)
    assert ui.anonymousRadio.isChecked() and focused() is ui.callbackEdit
    # The cursor is in the pseudonym: what is typed is the pseudonym.
    ui.relationEdit.setFocus()
    alt(ui.anonymousRadio)
    type_text(focused(), "Mamma K")
    assert ui.pseudonymEdit.text() == "Mamma K"


@BOTH
def test_every_caption_of_the_caller_page_reaches_its_field(wizard: Any) -> None:
    ui = page_ui(wizard)
    ui.anonymousRadio.setChecked(True)  # the choice whose fields the captions name
    for label in (ui.callbackLabel, ui.relationLabel, ui.whenLabel, ui.channelLabel):
        ui.pseudonymEdit.setFocus()
        alt(label)
        assert focused() is label.buddy(), label.text()
    ui.relationEdit.setFocus()
    was = ui.consentRecordCheck.isChecked()
    alt(ui.consentRecordCheck)
    QTest.qWait(200)  # a check box's letter clicks it a moment later (Qt's animateClick)
    assert focused() is ui.consentRecordCheck
    assert ui.consentRecordCheck.isChecked() is not was
    ui.relationEdit.setFocus()
    alt(ui.newThreadRadio)
    assert focused() is ui.newThreadRadio and ui.newThreadRadio.isChecked()


@BOTH
def test_the_link_pages_choices_by_their_letters(qtbot: Any, wizard: Any) -> None:
    ui = page_ui(wizard)
    ui.anonymousRadio.setChecked(True)
    type_text(ui.pseudonymEdit, "Mamma K")
    type_text(ui.relationEdit, "mor")
    next_page(qtbot, wizard)
    type_text(page_ui(wizard).worryEdit, "Oro")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    ui = page_ui(wizard)
    assert hasattr(ui, "newCaseRadio")
    assert clashes(wizard) == []
    for radio, field in (
        (ui.newCaseRadio, ui.newCaseTitleEdit),
        (ui.existingCaseRadio, ui.caseSearchEdit),
    ):
        ui.noCaseRadio.setFocus()
        alt(radio)
        assert radio.isChecked() and focused() is field, radio.text()
