"""Search over everything in the window: hits grouped by kind with their case number and day,
and a person's or a meeting's hit opens that record itself."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import attachment_samples as samples
from kopingplan.domain import model as m
from kopingplan.gui.people.person_view import OrganisationView, PersonView
from kopingplan.services import attachments

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def records(session: Any) -> dict[str, int]:
    """Records of several kinds that share the word "Tallbacken"."""
    case = session.save(
        m.Case("Ungdom i Tallbacken", m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 9, 1))
    )
    person = session.save(m.Person("Tove", "Tallbackensson", title="Fritidsledare"))
    other = session.save(m.Person("Åke", "Tallbackensson"))
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    first = session.save(
        m.Meeting(group.id, datetime(2026, 10, 6, 13, tzinfo=UTC), minutes="Lugnt i stan")
    )
    meeting = session.save(
        m.Meeting(
            group.id, datetime(2026, 11, 3, 13, tzinfo=UTC), place="Stadshuset",
            minutes="Oro kring Tallbacken efter helgen",
        )
    )  # fmt: skip
    note = session.save(
        m.Note(case.id, datetime(2026, 11, 2, 9, tzinfo=UTC), "Samtal med skolan i Tallbacken")
    )
    club = session.save(
        m.Organisation("Tallbackens IF", m.OrganisationKind.SPORTS_CLUB, notes="Fotboll")
    )
    plan = session.save(m.ExitPlan(case.id, datetime(2026, 9, 2, tzinfo=UTC), needs="Körkort"))
    incident = session.save(
        m.Incident(date(2026, 9, 3), m.IncidentKind.THREAT, "Hotbrev", "Handläggare")
    )
    letter = attachments.attach_bytes(
        session, m.AttachmentOwner.CASE, case.id, "brev.pdf", samples.pdf(1, "Brevtext")
    )
    session.close()
    return {
        "case": case.id, "person": person.id, "other": other.id, "meeting": meeting.id,
        "first": first.id, "note": note.id, "organisation": club.id, "exit_plan": plan.id,
        "incident": incident.id, "attachment": letter.id,
    }  # fmt: skip


@pytest.fixture
def window(records: dict[str, int], controller: Any, qtbot: Any, vault_paths: Any) -> Any:
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _plain(html_text: str) -> str:
    return re.sub(r"<[^>]+>", "", html_text).replace("&nbsp;", " ")


def _search(window: Any, words: str) -> Any:
    box = window.search_box
    box.setFocus()
    box.clear()
    type_text(box, words)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.results.isVisible()
    return box.results


def _activate(results: Any, kind: str, record_id: int) -> None:
    tree = results.tree
    for group in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(group)
        for row in range(heading.childCount()):
            hit = heading.child(row).data(0, Qt.ItemDataRole.UserRole + 1)
            if (hit.kind, hit.id) == (kind, record_id):
                tree.setCurrentItem(heading.child(row))
                QTest.keyClick(tree, Qt.Key.Key_Return)
                return
    raise AssertionError(f"no {kind} {record_id} among the hits")


def test_hits_are_grouped_by_kind_with_their_case_and_day(
    window: Any, records: dict[str, int], tmp_path: Path
) -> None:
    results = _search(window, "tallback")
    assert [_plain(h) for h in results.headings()] == [
        "Cases (1)", "Persons (2)", "Organisations (1)", "Notes (1)", "Meetings (1)",
    ]  # fmt: skip
    persons = [h for h in results.hits() if h.kind == "person"]
    assert [h.id for h in persons] == [records["person"], records["other"]]  # Tove < Åke
    lines = [_plain(results.tree.topLevelItem(3).child(0).text(0))]
    lines.append(_plain(results.tree.topLevelItem(4).child(0).text(0)))
    assert lines[0].startswith(f"#{records['case']}  2026-11-02")
    assert lines[1].startswith("2026-11-03") and "Tallbacken" in lines[1]
    assert results.grab().save(str(tmp_path / "search_all_popup.png"))  # looked at


def test_a_person_hit_opens_the_persons_window(window: Any, records: dict[str, int]) -> None:
    results = _search(window, "tallbackensson tove")
    _activate(results, "person", records["person"])
    assert not results.isVisible()
    views = [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonView)]
    assert [(v.person_id, v.isVisible()) for v in views] == [(records["person"], True)]
    assert window.case_views == []


def test_a_meeting_hit_opens_that_meeting(window: Any, records: dict[str, int]) -> None:
    results = _search(window, "tallbacken helgen")
    assert [(h.kind, h.id) for h in results.hits()] == [("meeting", records["meeting"])]
    _activate(results, "meeting", records["meeting"])
    assert window.ui.sectionStack.currentWidget() is window.meetings_page
    page = window.meetings_page
    assert page.view.meeting_id == records["meeting"]
    assert "Oro kring Tallbacken" in page.view.ui.minutesEdit.toPlainText()


def test_the_groups_are_named_in_swedish(window: Any, tmp_path: Path) -> None:
    window.ui.actionSwedish.trigger()
    results = _search(window, "tallback")
    assert [_plain(h) for h in results.headings()] == [
        "Ärenden (1)", "Personer (2)", "Organisationer (1)", "Anteckningar (1)", "Möten (1)",
    ]  # fmt: skip
    assert results.footer.text().startswith("Enter öppnar")
    assert results.grab().save(str(tmp_path / "search_all_popup_sv.png"))  # looked at
    window.ui.actionEnglish.trigger()


@pytest.mark.parametrize(
    ("kind", "word", "opened"),
    [
        ("organisation", "fotboll", OrganisationView),
        ("incident", "hotbrev", "incident form"),
        ("exit_plan", "körkort", "support tab"),
        ("attachment", "brevtext", "viewer"),
    ],
)
def test_other_kinds_open_their_record(
    window: Any, records: dict[str, int], kind: str, word: str, opened: Any
) -> None:
    results = _search(window, word)
    assert [(h.kind, h.id) for h in results.hits()] == [(kind, records[kind])]
    results.close()
    shown = window.open_hit(results.hits()[0])  # what Enter on the hit does
    assert shown is not None and shown.isVisible()
    if opened == "support tab":
        assert shown.case_id == records["case"]
        assert shown.ui.tabs.currentWidget() is shown.ui.supportTab
    elif opened == "viewer":
        assert [v.isVisible() for v in shown.viewers] == [True]
    elif opened == "incident form":
        assert shown.record.id == records["incident"]
    else:
        assert isinstance(shown, opened)
