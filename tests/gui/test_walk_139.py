"""Helper 139's walk: names with their kind read without brackets inside brackets wherever a
label is made of a name and a word about it (a person's organisation, a member's seat, a
decision maker's role, a milieu's orientation); Möten's older meetings are reachable from the
list; the meetings list shows a long place whole at 1366x768."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

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
