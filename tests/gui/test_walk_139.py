"""Helper 139's walk: names with their kind read without brackets inside brackets wherever a
label is made of a name and a word about it (a person's organisation, a member's seat, a
decision maker's role, a milieu's orientation); Möten's older meetings are reachable from the
list; the meetings list gives a long place whole in its tooltip at 1366x768."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from test_meetings_walk_134 import demo_window  # noqa: F401 (a fixture)

from kopingplan.domain import model as m
from kopingplan.services import meetings

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui

# Demo-like names whose own words hold brackets (the vocabulary's kinds do as well).
PROBATION = "Kriminalvården (frivården) Västerås"
MILIEU = "Aktiva klubben (NMR)"


def nested(text: str) -> bool:
    """Brackets inside brackets: "Ek (Kriminalvården (frivården))"."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > 1:
            return True
    return False


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture
def probation(session: Any) -> dict[str, int]:
    """A probation office of the demo's kind, its contact person, and a group they sit in."""
    office = session.save(m.Organisation(PROBATION, m.OrganisationKind.PROBATION))
    staff = session.save(
        m.Person("Örjan", "Ek", organisation_id=office.id, title="frivårdsinspektör")
    )
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    meetings.add_member(
        session,
        group.id,
        "kontaktperson (frivården)",
        date(2024, 1, 1),
        person_id=staff.id,
        organisation_id=office.id,
    )
    case_id = add_cases(session, [("Bertil i skolan", "individual")])[0]
    return {"office": office.id, "staff": staff.id, "group": group.id, "case": case_id}


def test_a_person_of_an_organisation_with_brackets_in_its_name(
    probation: dict[str, int], session: Any, qtbot: Any
) -> None:
    from kopingplan.gui.cases.case_edit import CaseEditDialog

    form = CaseEditDialog(session, None)
    qtbot.addWidget(form)
    offered = items(form.ui.personCombo)
    assert f"Ek, Örjan – {PROBATION}" in offered, offered
    assert not any(nested(text) for text in offered), offered


def test_the_exit_plans_responsible_staff_with_brackets(
    probation: dict[str, int], session: Any, qtbot: Any
) -> None:
    from kopingplan.gui.wizards import ExitPlanWizard

    wizard = ExitPlanWizard(session, probation["case"])
    qtbot.addWidget(wizard)
    combos = [
        page.ui.responsibleCombo
        for page in map(wizard.page, wizard.pageIds())
        if hasattr(getattr(page, "ui", None), "responsibleCombo")
    ]
    assert combos
    offered = items(combos[0])
    assert f"Örjan Ek – frivårdsinspektör, {PROBATION}" in offered, offered
    assert not any(nested(text) for text in offered), offered


def test_the_members_of_the_day_and_a_seat_handed_over(
    probation: dict[str, int], controller: Any, qtbot: Any, vault_paths: Any, session: Any
) -> None:
    from kopingplan.gui.meetings.group_admin import MemberDialog

    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    QApplication.processEvents()
    shown = [page.ui.membersList.item(i).text() for i in range(page.ui.membersList.count())]
    assert shown == [f"Örjan Ek – {PROBATION} — kontaktperson (frivården)"]
    seat = meetings.members(window.session, probation["group"])[0]
    form = MemberDialog(window.session, probation["group"], seat, page)
    qtbot.addWidget(form)
    heading = form.ui.headingLabel.text()
    assert heading == "Hand over the seat of Örjan Ek – kontaktperson (frivården)", heading


def test_other_labels_of_a_name_and_a_word_about_it() -> None:
    from kopingplan.gui.exchange import disclosures_page, exchange_attach, exchange_preview
    from kopingplan.gui.meetings.agenda_item import entry_title

    entry = SimpleNamespace(
        milieu=MILIEU,
        orientation=m.Orientation.RIGHT,
        observed_on=date(2026, 3, 2),
        observation="Klistermärken vid stationen",
    )
    decided = SimpleNamespace(decided_by="Anna Berg", decided_by_role="enhetschef (SoA)")
    said = {
        "agenda title": entry_title(entry),  # type: ignore[arg-type]
        "package line": exchange_attach.entry_line(entry),
        "decided by": disclosures_page.decided_by(decided),
        "preview": exchange_preview._decision(
            {"decided_by": {"name": "Anna Berg", "role": "enhetschef (SoA)"}}
        ),
    }
    assert said["agenda title"] == f"{MILIEU} – Right-wing extremism"
    assert said["decided by"] == "Anna Berg – enhetschef (SoA)"
    for where, text in said.items():
        assert not nested(text), (where, text)


# --- 2. the meetings before the newest of a group


OLDER = 2 * meetings.MEETINGS_SHOWN + 50  # two more batches: a whole one and half of one


@pytest.fixture
def many_meetings(session: Any) -> list[int]:
    """A group's meetings, newest first: more than two of the list's batches."""
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    first = datetime(2016, 1, 4, 13, tzinfo=UTC)
    ids = [
        session.save(m.Meeting(group.id, first + timedelta(weeks=week), place="Rådhuset")).id
        for week in range(OLDER)
    ]
    session.close()
    return ids[::-1]


@pytest.fixture
def meetings_page(many_meetings: list[int], controller: Any, qtbot: Any, vault_paths: Any) -> Any:
    window = unlock_at(controller, qtbot, vault_paths)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    QApplication.processEvents()
    return page


def unlock_at(controller: Any, qtbot: Any, vault_paths: Any) -> Any:
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def listed_ids(page: Any) -> list[int]:
    listed = page.ui.meetingList
    return [int(listed.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(listed.count())]


def test_the_older_meetings_come_batch_by_batch_under_the_list(
    meetings_page: Any, many_meetings: list[int], qtbot: Any
) -> None:
    page, batch = meetings_page, meetings.MEETINGS_SHOWN
    ui = page.ui
    listed = ui.meetingList
    assert listed_ids(page) == many_meetings[:batch]  # the first view stays short
    assert ui.olderButton.isVisible() and ui.olderButton.isEnabled()

    qtbot.mouseClick(ui.olderButton, Qt.MouseButton.LeftButton)
    assert listed_ids(page) == many_meetings[: 2 * batch]  # added below the first ones
    # The keyboard on the first of them, chosen, in sight, its meeting shown.
    qtbot.waitUntil(listed.hasFocus)
    assert listed.currentRow() == batch and listed.currentItem().isSelected()
    assert listed.viewport().rect().intersects(listed.visualItemRect(listed.currentItem()))
    assert page.view.meeting_id == many_meetings[batch]
    assert ui.olderButton.isVisible()

    # The group read again (edited, members changed) keeps the longer list and the choice.
    page.fill_groups(select=page.group_id)
    assert listed.count() == 2 * batch and listed.currentRow() == batch

    qtbot.mouseClick(ui.olderButton, Qt.MouseButton.LeftButton)
    assert listed_ids(page) == many_meetings  # the last half batch: the oldest reached
    assert listed.currentRow() == 2 * batch
    assert not ui.olderButton.isVisible()  # nothing older to offer


def test_the_older_meetings_by_keyboard_without_a_letter_twice(
    meetings_page: Any, qtbot: Any
) -> None:
    from test_keyboard import clashes

    page = meetings_page
    window, listed = page.window(), page.ui.meetingList
    for bar in window.notices() or [None]:
        if bar is not None:
            window.notice_area.show_notice(bar)
        assert clashes(window) == [], bar
    listed.setFocus()
    qtbot.waitUntil(listed.hasFocus)
    QTest.keyClick(listed, Qt.Key.Key_Tab)  # the button follows the list
    assert page.ui.olderButton.hasFocus()
    QTest.keyClick(page.ui.olderButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: listed.count() == 2 * meetings.MEETINGS_SHOWN)
    assert listed.hasFocus() and listed.currentRow() == meetings.MEETINGS_SHOWN


def test_a_meeting_held_from_search_still_offers_those_before_it(
    meetings_page: Any, many_meetings: list[int], qtbot: Any
) -> None:
    page, batch = meetings_page, meetings.MEETINGS_SHOWN
    old = many_meetings[batch + 20]  # as a search hit chooses it
    page.fill_meetings(select=old)
    assert listed_ids(page) == many_meetings[: batch + 21]
    assert page.view.meeting_id == old
    assert page.ui.olderButton.isVisible()
    qtbot.mouseClick(page.ui.olderButton, Qt.MouseButton.LeftButton)
    assert listed_ids(page) == many_meetings[: 2 * batch + 21]
    assert page.ui.meetingList.currentRow() == batch + 21


# --- 3. a meeting's long place at 1366x768

LONG_PLACE = (
    "Stadshuset, Köpings kommun, sammanträdesrum Bergslagen (plan 3, ingång från Östra Långgatan)"
)


@pytest.mark.parametrize("size", [(1366, 728), (1280, 680)])  # 1366x768; 1920x1080 at 150 %
def test_the_meetings_list_gives_a_long_place_whole_in_its_tooltip(
    demo_window: Any,  # noqa: F811
    size: Any,
) -> None:
    """A long place is elided in the list (wrapped, a group's hundred meetings stalled the GUI
    thread past the 100 ms target when Möten opened); its row's tooltip has it whole, and the
    list never scrolls sideways."""
    window = demo_window
    window.resize(*size)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    starts = datetime(2026, 1, 19, 13, tzinfo=UTC)
    window.session.save(m.Meeting(page.group_id, starts, place=LONG_PLACE))
    page.fill_meetings()
    QApplication.processEvents()
    listed = page.ui.meetingList
    rows = [listed.item(number) for number in range(listed.count())]
    long_rows = [item for item in rows if LONG_PLACE in item.text()]
    assert len(long_rows) == 1
    assert long_rows[0].toolTip().endswith(LONG_PLACE)
    assert listed.fontMetrics().horizontalAdvance(long_rows[0].text()) > listed.viewport().width()
    assert not listed.horizontalScrollBar().isVisible()
