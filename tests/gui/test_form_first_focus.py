"""Where the keyboard starts in a record form: on the form's first field, unless ``FOCUS``
(``FOCUS_STORED`` on a stored record) names another widget — and a form names one only where
it is not the first field (RecordDialog.first_focus). Each form is opened for real; the widget
with the keyboard is the one it had before the redundant FOCUS lines went."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kopingplan.domain import model as m
from kopingplan.services import activities, agreements, cases, meetings, plan

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def _forms(session: Any) -> dict[str, tuple[Callable[[], Any], str]]:
    """Each form (as made) with the widget that must have the keyboard when it opens."""
    from kopingplan.gui.cases.case_actions import (
        CloseCaseDialog,
        MoveLevelDialog,
        RemoveParticipantDialog,
    )
    from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
    from kopingplan.gui.meetings.agenda_item import AgendaItemDialog
    from kopingplan.gui.meetings.group_admin import GroupDialog, MemberDialog
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.plan.activity_dialog import ActivityDialog
    from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
    from kopingplan.gui.todo.todo_page import MarkDoneDialog

    case_id = add_cases(session, [("Bertil i skolan", "specific")])[0]
    case = cases.open_case(session, case_id).case
    partner = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.OTHER, "Om", "Nätverk")
    meeting = meetings.create_meeting(session, group.id, datetime(2026, 3, 1, 9, tzinfo=UTC))
    revision = plan.add_revision(
        session,
        m.PlanRevision(2, date(2026, 1, 20), "Kommunstyrelsen", "Text", "Nya mål", "KS 2026/12"),
    )
    activity = activities.add_activity(
        session,
        m.Activity(
            date(2026, 2, 10), m.ActivityKind.TRAINING, "Utbildning", organiser_id=partner.id
        ),
    )
    agreement = agreements.add_agreement(
        session,
        m.Agreement(partner.id, m.AgreementKind.IOP, "IOP", date(2026, 1, 1), date(2026, 12, 31)),
    )
    participant = m.CaseParticipant(case_id, 1, m.CaseRole.RELATIVE, id=1)
    return {
        # The first field has the keyboard: no FOCUS.
        "agenda item": (lambda: AgendaItemDialog(session, meeting.id), "kindCombo"),
        "new group": (lambda: GroupDialog(session, None), "nameEdit"),
        "group": (lambda: GroupDialog(session, group), "nameEdit"),
        "mark done": (lambda: MarkDoneDialog(session, "follow_up", 1, "x"), "outcomeEdit"),
        "move level": (lambda: MoveLevelDialog(session, case), "levelCombo"),
        "remove participant": (
            lambda: RemoveParticipantDialog(session, case, participant, "Åsa"),
            "reasonEdit",
        ),
        "consent": (lambda: ConsentEditDialog(session, case_id), "givenByCombo"),
        # FOCUS names another widget: the day comes first, the words are what is written.
        "close case": (lambda: CloseCaseDialog(session, case), "reasonEdit"),
        "member": (lambda: MemberDialog(session, group.id), "findEdit"),
        "new activity": (lambda: ActivityDialog(session, None), "titleEdit"),
        "activity": (lambda: ActivityDialog(session, activity), "descriptionEdit"),
        "new revision": (lambda: PlanRevisionDialog(session, None), "textEdit"),
        "revision": (lambda: PlanRevisionDialog(session, revision), "changesEdit"),
        "new agreement": (lambda: AgreementDialog(session, partner.id, None), "titleEdit"),
        "agreement": (lambda: AgreementDialog(session, partner.id, agreement), "titleEdit"),
    }


def test_each_form_starts_where_it_did_and_names_only_what_is_not_first(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    for name, (make, expected) in _forms(session).items():
        form = make()
        form.show()
        qtbot.waitExposed(form)
        named = form.FOCUS_STORED if form.record is not None and form.FOCUS_STORED else form.FOCUS
        first_field = next(iter(form.fields.values()))
        try:
            assert form.focusWidget() is getattr(form.ui, expected), name
            if named:  # a FOCUS that repeats the form's order says nothing
                assert getattr(form.ui, named) is not first_field, name
            else:
                assert first_field is getattr(form.ui, expected), name
        finally:
            form.close_for_lock()
