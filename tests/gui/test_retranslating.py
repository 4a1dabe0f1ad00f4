"""The retranslation base: a language switch reaches ``retranslate()`` of every open widget."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kopingplan.gui.common.retranslating import Retranslating

from gui_helpers import settle_language_switch

pytestmark = pytest.mark.gui


class _Form:
    def __init__(self) -> None:
        self.calls = 0

    def retranslateUi(self, widget: QWidget) -> None:
        self.calls += 1


class _Dialog(Retranslating, QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.ui = _Form()
        self.label = QLabel(self)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        # A source text the catalogue has (the context is a real class of the program).
        self.label.setText(QCoreApplication.translate("CaseTriageDialog", "Close"))


def test_a_language_switch_retranslates_the_form_and_the_texts_set_in_code(
    controller: Any, qtbot: Any
) -> None:
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    assert (dialog.ui.calls, dialog.label.text()) == (1, "Close")

    controller.set_language("sv")

    assert dialog.ui.calls == 2
    assert dialog.label.text() == "Stäng"


def test_a_widget_without_a_form_needs_no_code(controller: Any, qtbot: Any) -> None:
    class Plain(Retranslating, QWidget):
        pass

    widget = Plain()
    qtbot.addWidget(widget)
    controller.set_language("sv")  # no error: nothing to retranslate
    assert widget.isWindow()


def test_the_texts_set_in_code_follow_a_switch_through_the_one_hook(
    controller: Any, qtbot: Any
) -> None:
    """A widget that puts its texts set in code into ``_retranslate_dynamic`` needs no
    ``retranslate()`` of its own: the switch says them again, once."""

    class Heading(Retranslating, QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.label = QLabel(self)
            self.calls = 0
            self._retranslate_dynamic()

        def _retranslate_dynamic(self) -> None:
            self.calls += 1
            self.label.setText(QCoreApplication.translate("CaseTriageDialog", "Close"))

    widget = Heading()
    qtbot.addWidget(widget)
    assert (widget.calls, widget.label.text()) == (1, "Close")

    controller.set_language("sv")

    assert (widget.calls, widget.label.text()) == (2, "Stäng")


def test_a_standard_button_named_in_code_keeps_its_name_after_a_switch(
    controller: Any, qtbot: Any
) -> None:
    """The button box says its standard buttons' own names again at its own LanguageChange,
    after the window's: the name given in ``_name_buttons`` must win."""

    class Named(Retranslating, QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
            self._name_buttons()

        def _name_buttons(self) -> None:
            ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(QCoreApplication.translate("NewMeetingDialog", "&Create"))

    dialog = Named()
    qtbot.addWidget(dialog)
    ok = dialog.box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Create"

    controller.set_language("sv")

    qtbot.waitUntil(lambda: ok.text() == "&Skapa")
    settle_language_switch(qtbot)  # nothing says it again afterwards
    assert ok.text() == "&Skapa"
