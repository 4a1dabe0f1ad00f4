"""The "Cases" section: lazy paging, SQL-side filters and sorting, opening a case (audited)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from kopingplan.gui.cases import case_model
from kopingplan.gui.cases.case_list import CaseListPage
from kopingplan.gui.cases.case_model import CaseTableModel
from kopingplan.services import cases
from kopingplan.services.cases import CaseFilter

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


def _titles(model: Any) -> list[str]:
    return [model.data(model.index(row, 1)) for row in range(model.rowCount(QModelIndex()))]


def _column(model: Any, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount(QModelIndex()))]


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(
        session,
        [
            ("Örjan, oro från skolan", "specific"),
            ("Adam på fritidsgården", "general"),
            ("Åsa, anhörigsamtal", "individual"),
            ("Zlatan, avhopp", "individual"),
            ("Bodil, lägesbild skolan", "general"),
        ],
    )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def test_the_list_shows_the_cases_in_swedish_order(window: Any) -> None:
    page = window.case_list
    assert page.ui.countLabel.text() == "5 cases"
    assert _titles(page.model) == [
        "Adam på fritidsgården",
        "Bodil, lägesbild skolan",
        "Zlatan, avhopp",
        "Åsa, anhörigsamtal",
        "Örjan, oro från skolan",
    ]
    assert _column(page.model, 2)[:2] == ["General", "General"]


def test_filter_by_level(window: Any, qtbot: Any) -> None:
    page = window.case_list
    combo = page.ui.levelFilter
    combo.setFocus()
    # Keyboard, as a user would: Down walks the choices All → General → Specific → Individual.
    for _ in range(3):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Individual"
    assert _titles(page.model) == ["Zlatan, avhopp", "Åsa, anhörigsamtal"]
    assert set(_column(page.model, 2)) == {"Individual"}
    assert page.ui.countLabel.text() == "2 cases"

    page.set_level_filter(None)
    assert page.ui.countLabel.text() == "5 cases"


def test_filter_by_status_and_title(window: Any, qtbot: Any, controller: Any) -> None:
    page = window.case_list
    target = page.model.case_id(0)
    cases.close_case(controller.session, target, "Avslutat efter uppföljning")
    page.model.refresh()
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("closed"))
    assert _titles(page.model) == ["Adam på fritidsgården"]
    assert _column(page.model, 4) == ["Closed"]

    page.ui.statusFilter.setCurrentIndex(0)
    type_text(page.ui.textFilter, "skolan")
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=2000)  # after the typing pause
    assert _titles(page.model) == ["Bodil, lägesbild skolan", "Örjan, oro från skolan"]
    assert page.ui.countLabel.text() == "2 cases"


def test_enter_opens_the_case_and_the_opening_is_audited(window: Any, controller: Any) -> None:
    page = window.case_list
    table = page.ui.caseTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(3, 1))
    QTest.keyClick(table, Qt.Key.Key_Return)

    views = window.case_views
    assert len(views) == 1
    view = views[0]
    assert view.isVisible()
    assert view.ui.titleLabel.text() == "Åsa, anhörigsamtal"
    assert view.ui.levelValue.text() == "Individual"
    assert view.ui.levelTree.topLevelItemCount() == 1  # the level it started on
    rows = controller.session.vault.conn.execute(
        "SELECT action, entity_id FROM audit_log WHERE action = 'cases.open'"
    ).fetchall()
    assert rows == [("cases.open", view.case_id)]

    QTest.keyClick(table, Qt.Key.Key_Return)  # the same case again: brought forward, not reopened
    assert len(window.case_views) == 1


def test_double_click_opens_the_case(window: Any, qtbot: Any) -> None:
    table = window.case_list.ui.caseTable
    rect = table.visualRect(window.case_list.model.index(0, 1))
    # A real double-click is a click followed by the double-click event; QTest sends only the
    # second part with mouseDClick.
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [v.ui.titleLabel.text() for v in window.case_views] == ["Adam på fritidsgården"]


def test_sorting_happens_in_sql_and_is_remembered(window: Any, controller: Any) -> None:
    page = window.case_list
    header = page.ui.caseTable.horizontalHeader()
    page.ui.caseTable.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == ("title", True)
    assert _titles(page.model)[0] == "Örjan, oro från skolan"
    header.resizeSection(1, 333)
    page.save_state()

    again = CaseListPage(controller.session)
    try:
        assert again.model.sort_key == ("title", True)
        assert again.ui.caseTable.horizontalHeader().sectionSize(1) == 333
        assert _titles(again.model)[0] == "Örjan, oro från skolan"
    finally:
        again.teardown()
        again.deleteLater()


def test_a_column_sql_cannot_sort_keeps_the_previous_order(window: Any) -> None:
    page = window.case_list
    page.ui.caseTable.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # "Responsible"
    assert page.model.sort_key == ("title", False)
    assert page.ui.caseTable.horizontalHeader().sortIndicatorSection() == 1


def test_the_model_fetches_only_the_pages_it_shows(
    session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(case_model, "MAX_CACHED_PAGES", 2)
    add_cases(session, [(f"Ärende {n:03d}", "general") for n in range(45)])
    calls: list[int] = []
    original = cases.list_cases

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["offset"])
        return original(*args, **kwargs)

    monkeypatch.setattr(cases, "list_cases", counting)
    model = CaseTableModel(session)
    assert model.rowCount(QModelIndex()) == 45 and calls == []  # counting fetches no rows
    assert model.data(model.index(42, 1)) == "Ärende 042"
    assert calls == [40] and model.cached_rows == 5
    model.data(model.index(0, 1))
    model.data(model.index(15, 1))
    assert calls == [40, 0, 10] and model.cached_rows == 20  # the oldest page was dropped
    model.set_filter(CaseFilter(text="Ärende 00"))
    assert model.rowCount(QModelIndex()) == 10 and model.cached_rows == 0
    model.clear()
    assert model.rowCount(QModelIndex()) == 0 and model.data(model.index(0, 1)) is None


def test_keyboard_reaches_sections_and_closes_a_case_window(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table = window.case_list.ui.caseTable
    QTest.keyClick(table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.ui.sectionStack.currentWidget()
    assert page.ui.headingLabel.text() == "Meetings"
    assert page is window.meetings_page  # the Meetings section (formerly an empty page)
    QTest.keyClick(window.ui.sectionList, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.sectionStack.currentWidget() is window.case_list
    assert table.hasFocus()

    QTest.keyClick(table, Qt.Key.Key_Return)
    (view,) = window.case_views
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.case_views == [], timeout=2000)  # closed and forgotten


def test_filter_by_group_and_by_who_holds_the_case(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    from datetime import date

    from kopingplan.domain import model

    youth = session.save(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
    people = {
        family: session.save(model.Person(given_name=given, family_name=family)).id
        for given, family in (("Örjan", "Öberg"), ("Åsa", "Åberg"), ("Ali", "Zand"))
    }
    for title, group, holder in (
        ("Adam", youth.id, "Öberg"),
        ("Bodil", None, "Åberg"),
        ("Cesar", youth.id, "Zand"),
        ("David", None, None),
    ):
        session.save(
            model.Case(
                title,
                model.Level.GENERAL,
                model.Orientation.UNCLEAR,
                date(2026, 1, 1),
                responsible_group_id=group,
                responsible_person_id=people[holder] if holder else None,
            )
        )
    session.close()
    controller.start(vault_paths.folder)
    page = unlock(controller, qtbot).case_list

    holders = page.ui.responsibleFilter
    assert [holders.itemText(i) for i in range(holders.count())] == [
        "Anyone",
        "Zand, Ali",
        "Åberg, Åsa",
        "Öberg, Örjan",
    ]
    groups = page.ui.groupFilter
    groups.setCurrentIndex(groups.findData(youth.id))
    assert _titles(page.model) == ["Adam", "Cesar"]
    holders.setCurrentIndex(holders.findData(people["Zand"]))
    assert _titles(page.model) == ["Cesar"]
    groups.setCurrentIndex(0)
    holders.setCurrentIndex(holders.findData(people["Åberg"]))
    assert _titles(page.model) == ["Bodil"]
    assert page.ui.countLabel.text() == "1 case"


def test_a_layout_remembered_for_other_columns_leaves_the_list_readable(
    window: Any, controller: Any
) -> None:
    """After an update added a column, the layout saved by the older version (one column
    fewer) was restored onto the new columns: only one header was left readable."""
    from kopingplan.gui.common import settings as app_settings

    page = window.case_list
    header = page.ui.caseTable.horizontalHeader()
    header.moveSection(header.count() - 1, 0)
    app_settings.save_header_state("cases", header.saveState(), page.model.columnCount() - 1)

    again = CaseListPage(controller.session)
    try:
        fresh = again.ui.caseTable.horizontalHeader()
        assert fresh.count() == page.model.columnCount()
        assert [fresh.logicalIndex(v) for v in range(fresh.count())] == list(range(fresh.count()))
        assert all(not fresh.isSectionHidden(c) for c in range(fresh.count()))
    finally:
        again.teardown()
        again.deleteLater()


def test_a_layout_saved_before_layouts_kept_their_column_count_is_not_restored(
    window: Any, controller: Any
) -> None:
    from kopingplan.gui.common import settings as app_settings

    header = window.case_list.ui.caseTable.horizontalHeader()
    header.moveSection(header.count() - 1, 0)
    app_settings.settings().setValue("tables/cases/header", header.saveState())
    app_settings.settings().remove("tables/cases/columns")
    again = CaseListPage(controller.session)
    try:
        fresh = again.ui.caseTable.horizontalHeader()
        assert [fresh.logicalIndex(v) for v in range(fresh.count())] == list(range(fresh.count()))
    finally:
        again.teardown()
        again.deleteLater()
