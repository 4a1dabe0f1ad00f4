"""The "Situation picture" section: entries, a new entry, the current picture, the changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


def _ago(days: int) -> date:
    return date.today() - timedelta(days=days)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    for day, milieu, orientation, text in (
        (_ago(200), "Östra skolan", "unclear", "Klotter på skolgården"),
        (_ago(40), "Ängen", "right", "Flygblad i brevlådor"),
        (_ago(5), "Arenan", "right", "Möte efter matchen"),
        (_ago(2), "Östra skolan", "unclear", "Nya symboler i trapphus"),
    ):
        session.save(
            model.SituationEntry(day, milieu, model.Orientation(orientation), text, "Polisen")
        )
    group = session.save(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
    meeting_day = _ago(10)
    session.save(
        model.Meeting(
            group.id,
            datetime(meeting_day.year, meeting_day.month, meeting_day.day, 9, tzinfo=UTC),
        )
    )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=2000)  # shortcuts need the active window
    QTest.keyClick(opened.case_list.ui.caseTable, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    return opened


def _column(table_model: Any, column: int) -> list[str]:
    return [
        table_model.data(table_model.index(r, column))
        for r in range(table_model.rowCount(QModelIndex()))
    ]


def _tree(tree: Any, column: int = 0) -> list[str]:
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top.text(column))
        found += [f"  {top.child(j).text(column)}" for j in range(top.childCount())]
    return found


def test_entries_newest_first_filtered_by_orientation_and_milieu(window: Any) -> None:
    page = window.situation_page
    assert window.ui.sectionStack.currentWidget() is page
    assert _column(page.entries, 1) == ["Östra skolan", "Arenan", "Ängen", "Östra skolan"]
    assert page.ui.countLabel.text() == "4 entries"
    combo = page.ui.orientationFilter
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # All → Right-wing extremism
    assert _column(page.entries, 1) == ["Arenan", "Ängen"]
    milieus = page.ui.milieuFilter
    assert [milieus.itemText(i) for i in range(milieus.count())] == [
        "All milieus",
        "Arenan",
        "Ängen",
        "Östra skolan",
    ]
    milieus.setCurrentIndex(2)
    assert _column(page.entries, 3) == ["Flygblad i brevlådor"]
    assert page.ui.countLabel.text() == "1 entry"


def test_a_new_entry(window: Any, qtbot: Any) -> None:
    page = window.situation_page
    qtbot.mouseClick(page.ui.newEntryButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("situation_entry", None)]
    assert form.focusWidget() is form.ui.milieuEdit
    type_text(form.ui.milieuEdit, "Ängen")
    form.ui.orientationCombo.setCurrentIndex(form.ui.orientationCombo.findData("right"))
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible() and save.toolTip() == "Fill in: Observation, Source"
    type_text(form.ui.observationEdit, "Nya klistermärken vid busshållplatsen")
    type_text(form.ui.sourceEdit, "Fältassistenterna")
    form.ui.reliabilityCombo.setCurrentIndex(form.ui.reliabilityCombo.findData("probable"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert _column(page.entries, 3)[0] == "Nya klistermärken vid busshållplatsen"
    assert _column(page.entries, 5)[0] == "Probable"


def test_the_current_picture(window: Any) -> None:
    page = window.situation_page
    page.ui.tabs.setCurrentIndex(1)
    assert _tree(page.ui.currentTree) == [
        "Right-wing extremism",
        "  Arenan",
        "  Ängen",
        "Unclear",
        "  Östra skolan",
    ]
    school = page.ui.currentTree.topLevelItem(1).child(0)
    assert [school.text(3), school.text(4), school.text(5)] == ["2", "1", "Nya symboler i trapphus"]
    assert page.ui.currentSummary.text().startswith(
        "The newest entry of each milieu and orientation: 3 milieus. 3 entries since "
    )


def test_changes_since_a_date_and_since_the_last_meeting(window: Any) -> None:
    page = window.situation_page
    page.show_changes_since(_ago(60))
    assert _tree(page.ui.changesTree) == [
        "Arenan (right-wing extremism)",
        "Ängen (right-wing extremism)",
        "Östra skolan (unclear)",
    ]
    assert [page.ui.changesTree.topLevelItem(i).text(3) for i in range(3)] == ["New", "New", ""]
    assert page.ui.changedEntriesTree.topLevelItemCount() == 3
    assert "3 new entries in 3 milieus, 2 of them new in the picture." in (
        page.ui.changesSummary.text()
    )

    page.ui.sinceMeetingRadio.setChecked(True)
    assert page.ui.changesSummary.text().startswith("Since the last meeting of Unggruppen on ")
    assert _tree(page.ui.changesTree) == [
        "Arenan (right-wing extremism)",
        "Östra skolan (unclear)",
    ]
    item = page.ui.changedEntriesTree.topLevelItem(0)
    page.ui.changedEntriesTree.setCurrentItem(item)
    QTest.keyClick(page.ui.changedEntriesTree, Qt.Key.Key_Return)
    form = next(iter(window.windows._forms.values()))
    assert form.ui.observationEdit.toPlainText() == "Nya symboler i trapphus"


def test_a_search_hit_opens_the_entry(window: Any) -> None:
    box = window.search_box
    type_text(box, "flygblad")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClick(box.results.tree, Qt.Key.Key_Return)
    (form,) = window.windows._forms.values()
    assert form.ui.milieuEdit.text() == "Ängen"
