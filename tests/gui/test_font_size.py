"""The text follows the system's font size (issue 13; EN 301 549 11.7): with the application
font at 150 % every record form, dialog and wizard page opens in that size, and no label or
button text is cut. (The main window is the layout suite's.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget, QWizard
from test_keyboard import _forms

pytestmark = pytest.mark.gui


@pytest.fixture
def large_font(gui: QApplication) -> Iterator[QFont]:
    before = QApplication.font()
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.5)
    QApplication.setFont(larger)
    yield larger
    QApplication.setFont(before)


@pytest.fixture
def window(large_font: QFont, controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """As the keyboard suite's window, opened after the font was made larger."""
    from datetime import date

    from kopingplan.domain import model

    from gui_helpers import add_cases, unlock

    add_cases(session, [("Bertil i skolan", "specific")])
    session.save(model.SituationEntry(date(2026, 1, 2), "Ängen", model.Orientation.RIGHT, "x", "y"))
    session.save(model.Incident(date(2026, 1, 2), model.IncidentKind.THREAT, "x", "Anna"))
    org = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    session.save(model.Person(given_name="Åsa", family_name="Åberg", organisation_id=org.id))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def problems(title: str, top: QWidget, font: QFont) -> list[str]:
    from test_screens import clipped_texts

    top.show()
    QApplication.processEvents()
    found = [f"{title}: {problem}" for problem in clipped_texts(top)]
    body = [
        label
        for label in top.findChildren(QLabel)
        if label.isVisible() and label.text() and label.font().pointSizeF() < font.pointSizeF()
    ]
    small = [label for label in body if not label.font().bold()]  # headings are set larger
    found += [f"{title}: {label.objectName()} not in the larger font" for label in small]
    headings = [
        label
        for label in top.findChildren(QLabel)
        if label.objectName() == "headingLabel" and label.isVisible() and label.text()
    ]
    found += [
        f"{title}: the heading ({label.font().pointSizeF()} pt) is not larger than the text"
        for label in headings
        if label.font().pointSizeF() < font.pointSizeF() * 1.3
    ]
    hint = top.minimumSizeHint()
    if top.width() < hint.width() or top.height() < hint.height():
        found.append(f"{title}: {top.size().toTuple()} smaller than its content {hint.toTuple()}")
    return found


def test_forms_and_dialogs_at_150_percent(window: Any, large_font: QFont) -> None:
    found: list[str] = []
    for title, screen in _forms(window):
        if title.startswith("case view tab"):
            screen.ui.tabs.setCurrentIndex(int(title.rsplit(" ", 1)[1]))
        found += problems(title, screen.window(), large_font)
    assert found == [], "\n".join(found)


# The relative-support worry page's two columns of signs need more width than the first page:
# the wizard grows to it (gui/wizards/page_room.py).
@pytest.mark.parametrize("which", ["exit plan", "relative support"])
def test_wizard_pages_at_150_percent(window: Any, large_font: QFont, which: str) -> None:
    from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard

    case_id = window.case_list.model.case_id(0)
    if which == "exit plan":
        wizard: QWizard = ExitPlanWizard(window.session, case_id, window)
    else:
        wizard = RelativeSupportWizard(window.session, None, window)
    found: list[str] = []
    for number, page_id in enumerate(wizard.pageIds()):
        wizard.setStartId(page_id)
        wizard.restart()
        found += problems(f"{which} page {number + 1}", wizard, large_font)
    QDialog.done(wizard, 0)
    assert found == [], "\n".join(found)
