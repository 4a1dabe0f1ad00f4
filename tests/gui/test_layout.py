"""Nothing is clipped: every label on show gets the height its text needs, in both languages.

A pseudo-check of what the screenshots show; it caught word-wrapped labels squeezed by a
layout, which cut lines off in the middle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui


def _clipped_labels(root: QWidget) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = (
            label.heightForWidth(label.width())
            if label.wordWrap()
            else label.minimumSizeHint().height()
        )
        if label.height() < needed:
            found.append(f"{label.objectName()} ({label.height()} < {needed}): {label.text()!r}")
    return found


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_label_is_clipped_anywhere(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, language: str
) -> None:
    controller.set_language(language)
    add_cases(session, [("Åsa på fritidsgården", "general")])
    session.close()

    controller.start(None)
    first_run = controller.first_run
    for page in range(3):
        first_run.show_page(page)
        assert _clipped_labels(first_run) == [], page

    controller.start(vault_paths.folder)
    assert _clipped_labels(controller.unlock_dialog) == []
    window = unlock(controller, qtbot)
    window.resize(1000, 640)
    for section in range(window.ui.sectionList.count()):
        window.show_section(section)
        assert _clipped_labels(window) == [], section
    view = window.open_case(window.case_list.model.case_id(0))
    assert _clipped_labels(view) == []
    controller.set_language("en")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_label_is_clipped_in_the_sections_forms(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, language: str
) -> None:
    from datetime import date

    from test_keyboard import _forms

    from kopingplan.domain import model

    controller.set_language(language)
    add_cases(session, [("Åsa på fritidsgården", "general")])
    session.save(model.SituationEntry(date(2026, 1, 2), "Ängen", model.Orientation.RIGHT, "x", "y"))
    session.save(model.Incident(date(2026, 1, 2), model.IncidentKind.THREAT, "x", "Åke"))
    org = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    session.save(model.Person(given_name="Åsa", family_name="Åberg", organisation_id=org.id))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.resize(1000, 640)
    for section in range(window.ui.sectionList.count()):
        window.show_section(section)
        page = window.ui.sectionStack.currentWidget()
        tabs = getattr(page.ui, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            assert _clipped_labels(window) == [], (section, tab)
    for name, screen in _forms(window):
        if name.startswith("case view tab"):
            screen.ui.tabs.setCurrentIndex(int(name.rsplit(" ", 1)[1]))
        assert _clipped_labels(screen) == [], name
    assert window.minimumSizeHint().width() <= 1000  # every section fits a small laptop
    controller.set_language("en")


def test_only_the_most_urgent_overdue_item_stands_out_and_not_by_colour_alone(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    from kopingplan.domain import model
    from kopingplan.gui.todo import todo_page

    today = date.today()
    for days, text in ((-10, "Ring mentorn"), (-3, "Boka möte"), (0, "Följ upp"), (-10, "Skriv")):
        session.save(model.FollowUp(due_on=today + timedelta(days=days), description=text))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.show_section(todo_page.SECTION_INDEX)
    page = window.todo_page
    found = page.model
    rows = range(found.rowCount())
    what = [found.data(found.index(r, 3)) for r in rows]
    bold = [found.data(found.index(r, 3), Qt.ItemDataRole.FontRole) for r in rows]
    marked = [found.data(found.index(r, 1), Qt.ItemDataRole.DecorationRole) for r in rows]
    when = [found.data(found.index(r, 1)) for r in rows]
    # The two ten days overdue are the most urgent: bold. Three days overdue: marked, not bold.
    emphasised = {w for w, font in zip(what, bold, strict=True) if font and font.bold()}
    assert emphasised == {"Ring mentorn", "Skriv"}
    overdue = [w for w, sign in zip(what, marked, strict=True) if sign and not sign.isNull()]
    assert sorted(overdue) == ["Boka möte", "Ring mentorn", "Skriv"]
    assert when[what.index("Boka möte")] == "3 days overdue"  # in words, not only in red
    assert when[what.index("Följ upp")] == "today"
    page.ui.todoTable.resize(900, 300)
    shot = Path("/tmp/shots")
    shot.mkdir(exist_ok=True)
    window.grab().save(str(shot / "todo_overdue.png"))


def test_search_hits_name_their_case_and_day_and_the_popup_stays_on_screen(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtGui import QTextDocument

    from kopingplan.domain import model

    (first, second) = add_cases(session, [("Åsa", "general"), ("Bertil", "specific")])
    for case_id, day in ((first, 3), (second, 9)):
        when = datetime(2026, 11, day, 10, 0, tzinfo=UTC)
        session.save(model.Note(case_id=case_id, written_at=when, text="Samtal om skolan"))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    box = window.search_box
    box.setText("skolan")
    box.run_search()
    popup = box.results
    plain = []
    for group in range(popup.tree.topLevelItemCount()):
        heading = popup.tree.topLevelItem(group)
        for row in range(heading.childCount()):
            document = QTextDocument()
            document.setHtml(heading.child(row).text(0))
            plain.append(document.toPlainText())
    assert any(text.startswith(f"#{second}") and "2026-11-09" in text for text in plain), plain
    assert any(text.startswith(f"#{first}") and "2026-11-03" in text for text in plain), plain
    screen = box.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry()), (popup.frameGeometry(), screen)
