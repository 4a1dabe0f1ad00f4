"""The search box (Ctrl+F) and the live language switch."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kopingplan import i18n
from kopingplan.gui.shell.search import snippet_html

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(
        session,
        [
            ("Fönsterputsaren", "general"),
            ("Samtal om fönster", "specific"),
            ("Bertil i skolan", "individual"),
        ],
    )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _plain(html_text: str) -> str:
    return re.sub(r"<[^>]+>", "", html_text)


def test_ctrl_f_focuses_the_search_box_and_a_hit_opens_its_case(window: Any, qtbot: Any) -> None:
    QTest.keyClick(window.case_list.ui.caseTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search_box
    assert box.hasFocus()
    type_text(box, "fönster")
    QTest.keyClick(box, Qt.Key.Key_Return)

    results = box.results
    assert results.isVisible()
    assert [_plain(h) for h in results.headings()] == ["Cases (2)"]
    hits = results.hits()
    assert {hit.kind for hit in hits} == {"case"}
    assert all("<b>" in results.tree.topLevelItem(0).child(i).text(0) for i in range(2))

    QTest.keyClick(results.tree, Qt.Key.Key_Return)  # the first hit is current
    assert not results.isVisible()
    assert [view.case_id for view in window.case_views] == [hits[0].id]


def test_a_search_without_hits_says_so(window: Any) -> None:
    box = window.search_box
    box.setText("cykelverkstad")
    box.run_search()
    assert box.results.message.text() == "Nothing matches all of these words."
    assert box.results.hits() == []


def test_a_search_without_words_is_explained(window: Any) -> None:
    box = window.search_box
    box.setText("!!!")
    box.run_search()
    assert "no words to look for" in box.results.message.text()


def test_snippets_are_escaped_and_matches_bold() -> None:
    assert snippet_html("a <script>\x02hot\x03\nmot") == "a &lt;script&gt;<b>hot</b> mot"


def test_switching_language_retranslates_the_window_at_once(
    window: Any, controller: Any, gui: Any
) -> None:
    page = window.case_list
    sections = window.ui.sectionList
    window.ui.actionSwedish.trigger()
    assert controller.language == "sv"
    assert sections.item(0).text() == "Ärenden"
    assert sections.item(1).text() == "Inkommande oro"
    assert sections.item(3).text() == "Lägesbild"
    assert page.ui.levelLabel.text() == "&Nivå:"
    assert page.ui.countLabel.text() == "3 ärenden"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Titel"
    assert page.model.data(page.model.index(0, 2)) == "Individinriktad"
    assert window.windowTitle() == "Köpingplan"
    assert i18n.chosen_language(None, settings=None) in ("sv", "en")  # env may override

    window.ui.actionEnglish.trigger()
    assert sections.item(0).text() == "Cases"
    assert page.ui.levelLabel.text() == "&Level:"
    assert page.ui.levelFilter.itemText(0) == "All levels"
    assert page.ui.countLabel.text() == "3 cases"
    assert window.ui.actionEnglish.isChecked() and not window.ui.actionSwedish.isChecked()


def test_the_language_choice_is_saved(
    window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    window.ui.actionSwedish.trigger()
    assert i18n.chosen_language() == "sv"
    window.ui.actionEnglish.trigger()
    assert i18n.chosen_language() == "en"


def test_an_open_case_window_follows_the_language(window: Any) -> None:
    view = window.open_case(window.case_list.model.case_id(0))
    window.ui.actionSwedish.trigger()
    assert view.ui.tabs.tabText(1) == "&Tidslinje"
    assert view.windowTitle() == f"Ärende {view.case_id}"  # the number, never the name
    window.ui.actionEnglish.trigger()
    assert view.ui.tabs.tabText(1) == "&Timeline"
