"""The export wizard follows a language switch made while it is open (as the other wizards do),
and each of its lists shows a current row when the keyboard brings the focus to it."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWizard
from test_ux_left_relative_support_keys import alt

from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.services import exchange
from kopingplan.services.session import Session

pytestmark = pytest.mark.gui


@functools.cache
def _police() -> Identity:
    return create_identity("Kontaktpolis Karin Berg", "Polisen")


def _wizard(session: Session, qtbot: Any) -> ExportWizard:
    row = exchange.add_recipient(session, _police().certificate_pem)
    exchange.verify_recipient(session, row.id, _police().fingerprint)
    for milieu in ("Busstationen", "Torget"):
        session.save(
            model.SituationEntry(date(2026, 3, 1), milieu, model.Orientation.UNCLEAR,
                                 "Klistermärken", "Fältgruppen")
        )  # fmt: skip
    wizard = ExportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    return wizard


def _caption(items: QListWidget) -> str:
    """The text of the label whose Alt key goes to ``items``."""
    labels = items.window().findChildren(QLabel)
    return next(label.text() for label in labels if label.buddy() is items)


def test_a_language_switch_with_the_export_wizard_open_reaches_its_pages(
    controller: Any, session: Session, qtbot: Any
) -> None:
    wizard = _wizard(session, qtbot)
    finish = QWizard.WizardButton.FinishButton
    assert wizard.recipient_page.title() == "Recipients"
    assert _caption(wizard.recipient_page.list) == "&Recipients:"

    controller.set_language("sv")

    assert wizard.windowTitle() == "Nytt utlämnande"
    assert wizard.recipient_page.title() == "Mottagare"
    assert wizard.situation_page.title() == "Lägesbild och bilagor"
    assert wizard.decision_page.title() == "Beslut"
    assert wizard.buttonText(finish) == "Skapa &paket …"
    # Qt's own buttons too, on the page that was open (Qt says them again only on the next).
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Nästa >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Avbryt"
    assert wizard.decision_page.edit_bases.text() == "Än&dra listan …"
    assert _caption(wizard.recipient_page.list) == "&Mottagare:"
    assert _caption(wizard.situation_page.entries) == "&Lägesbildsposter (nyast först):"
    # A required field keeps its mark after the switch.
    assert wizard.decision_page.captions[wizard.decision_page.role].text().endswith(" *")
    wizard.grab().save("/tmp/h73_export_wizard_sv.png")

    controller.set_language("en")

    assert wizard.recipient_page.title() == "Recipients"
    assert wizard.buttonText(finish) == "Create &package…"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    wizard.teardown()


def test_every_list_of_the_export_wizard_shows_a_current_row_on_keyboard_focus(
    session: Session, qtbot: Any
) -> None:
    wizard = _wizard(session, qtbot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.situation_page
    assert wizard.currentPage() is page
    entries = page.entries
    assert entries.count() == 2 and entries.currentRow() == -1

    caption = next(label for label in wizard.findChildren(QLabel) if label.buddy() is entries)
    assert caption.text() == "&Situation picture entries (newest first):"
    alt(caption)  # Alt+S

    assert QApplication.focusWidget() is entries
    assert entries.currentRow() == 0
    assert entries.item(0).isSelected()
    assert entries.item(0).checkState() == Qt.CheckState.Unchecked  # selecting ticks nothing
    wizard.teardown()
