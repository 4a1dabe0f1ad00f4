"""Review of the evening's folds (helper-89): what a user does with the record forms.

The forms now fill their widgets with ``RecordDialog.show_record`` and read them back with
``record_from_fields``. A user who opens a stored record and saves it untouched must write
nothing; one who changes one field must see exactly that field in the audit row's "fields".
Every value here differs from the form's own start, so a field the fold forgot would show.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.storage import audit

from gui_helpers import button_said_after_switches, click_save, settle_language_switch

pytestmark = pytest.mark.gui


def _opened(qtbot: Any, form: Any) -> Any:
    form.show()
    qtbot.waitExposed(form)
    return form


def _rows(session: Any) -> int:
    return len(audit.entries(session.vault.conn, limit=-1))


def _same_values_and_types(built: Any, stored: Any) -> None:
    """Equal, and each field of the same type: a StrEnum equals its text, so ``==`` alone
    would not see a code read back as plain text."""
    assert built == stored
    for field in dataclasses.fields(stored):
        mine, theirs = getattr(built, field.name), getattr(stored, field.name)
        assert type(mine) is type(theirs), (type(stored).__name__, field.name, mine, theirs)


def _rich_records(session: Any) -> dict[str, Any]:
    organisation = session.save(
        m.Organisation(
            "Fritidsgården", m.OrganisationKind.CULTURE_LEISURE, phone="0221-1",
            email="fg@koping.se", address="Storgatan 1\n731 30 Köping", notes="Öppet kvällar",
            own_unit=False,
        )
    )  # fmt: skip
    professional = session.save(
        m.Person("Kim", "Handläggare", organisation_id=organisation.id, title="Fältare")
    )
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    case = session.save(
        m.Case(
            title="Ärende i skolan", level=m.Level.SPECIFIC, orientation=m.Orientation.LEFT,
            opened_on=date(2026, 3, 4), summary="Rad ett\nrad två",
            responsible_group_id=group.id, responsible_person_id=professional.id,
        )
    )  # fmt: skip
    person = session.save(
        m.Person(
            "Zara", "Zetterlund", identity_number=None, birth_year=2009, phone="070-1",
            email="z@example.se", address="Gatan 2", organisation_id=organisation.id,
            title="Elev", notes="Kontakt via mentor",
        )
    )  # fmt: skip
    entry = session.save(
        m.SituationEntry(
            date(2026, 2, 1), "Centrum", m.Orientation.ISLAMIST, "Affischer", "Polisen",
            assessment="Ökar", reliability=m.Reliability.CONFIRMED,
        )
    )  # fmt: skip
    incident = session.save(
        m.Incident(
            date(2026, 2, 2), m.IncidentKind.HARASSMENT, "Trakasserier i telefon", "Handläggare A",
            reported_to_police=True, support_given="Samtal", follow_up_on=date(2026, 2, 16),
            case_id=case.id,
        )
    )  # fmt: skip
    assert incident.id is not None
    note = session.save(
        m.Note(case.id, datetime(2026, 2, 3, 13, 5, tzinfo=UTC), "Samtal med mentor", "Skolan")
    )
    contact = session.save(
        m.Contact(
            datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.MEETING, "Träffade familjen",
            person_id=person.id, organisation_id=organisation.id, case_id=case.id,
            follow_up_on=date(2026, 3, 1),
        )
    )  # fmt: skip
    return {
        "organisation": organisation,
        "person": person,
        "case": case,
        "entry": entry,
        "incident": incident,
        "note": note,
        "contact": contact,
        "people": [(person.id, "Zetterlund, Zara")],
    }


def _forms(session: Any, records: dict[str, Any]) -> list[tuple[str, Any, Any, str, Any]]:
    """(name, form, stored record, a widget name to change, the new text)."""
    from kopingplan.gui.cases.case_edit import CaseEditDialog
    from kopingplan.gui.cases.case_records import ContactCorrectionDialog, NoteCorrectionDialog
    from kopingplan.gui.people.person_edit import OrganisationEditDialog, PersonEditDialog
    from kopingplan.gui.situation.incident_form import IncidentDialog
    from kopingplan.gui.situation.situation_edit import SituationEntryDialog

    r = records
    return [
        ("case", CaseEditDialog(session, r["case"]), r["case"], "summary", "Ny sammanfattning"),
        ("person", PersonEditDialog(session, r["person"]), r["person"], "title", "Mentor"),
        (
            "organisation",
            OrganisationEditDialog(session, r["organisation"]),
            r["organisation"],
            "notes",
            "Stängt måndagar",
        ),
        ("entry", SituationEntryDialog(session, r["entry"]), r["entry"], "source", "Skolan"),
        ("incident", IncidentDialog(session, r["incident"]), r["incident"], "staff_member", "B"),
        ("note", NoteCorrectionDialog(session, r["note"]), r["note"], "source", "Hem"),
        (
            "contact",
            ContactCorrectionDialog(session, r["contact"], r["people"]),
            r["contact"],
            "summary",
            "Träffade familjen igen",
        ),
    ]


def test_a_stored_record_with_every_field_set_comes_back_with_its_types(
    qtbot: Any, session: Any
) -> None:
    records = _rich_records(session)
    for name, form, stored, _field, _text in _forms(session, records):
        _opened(qtbot, form)
        _same_values_and_types(form.build(), stored)
        assert not form.dirty, name
        form.close_for_lock()


def _set_text(widget: Any, text: str) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def test_saving_untouched_writes_nothing_and_one_change_names_one_field(
    qtbot: Any, session: Any
) -> None:
    records = _rich_records(session)
    for name, form, _stored, _field, _text in _forms(session, records):
        _opened(qtbot, form)
        before = _rows(session)
        click_save(qtbot, form)
        assert _rows(session) == before, f"{name}: saved untouched, yet a row was written"
    for name, form, _stored, field, text in _forms(session, records):
        # The note and the contact are corrected with a reason (their "why" line), as in
        # the case window.
        why = getattr(form, "why", None)
        _opened(qtbot, form)
        _set_text(form.fields[field], text)
        if why is not None:
            why.setText("Stavfel")
        before = _rows(session)
        click_save(qtbot, form)
        written = audit.entries(session.vault.conn, limit=-1)[: _rows(session) - before]
        named = [row.details.get("fields") for row in written if "fields" in row.details]
        assert named == [[field]], (name, [(r.action, r.details) for r in written])


def _plan_forms(session: Any) -> list[tuple[str, Callable[[], Any], str, str]]:
    """The plan's, a partner's and a group's forms on stored records, some with their optional
    values left empty (no organiser, no participants, no end, no due day): (name, form, a text
    field to change, the new text)."""
    from kopingplan.gui.meetings.group_admin import GroupDialog
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.plan.activity_dialog import ActivityDialog
    from kopingplan.gui.plan.commitments import CommitmentDialog
    from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
    from kopingplan.services import activities, agreements, meetings, plan

    partner = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    group = meetings.create_group(session, "Nätverket", m.GroupKind.OTHER, "Om oss", "Nätverk")
    revision = plan.add_revision(
        session,
        m.PlanRevision(3, date(2026, 1, 20), "Kommunstyrelsen", "Text", "Ändrat", "KS 2026/1"),
    )
    bare = activities.add_activity(
        session,
        m.Activity(date(2026, 2, 10), m.ActivityKind.DIALOGUE, "Dialogmöte", description="Kväll"),
    )
    full = activities.add_activity(
        session,
        m.Activity(
            date(2026, 2, 11), m.ActivityKind.TRAINING, "Utbildning", organiser_id=partner.id,
            target_group="Lärare", themes=(m.Orientation.LEFT,), participants=12,
            description="Halvdag", follow_up_on=date(2026, 5, 1), follow_up_note="Fråga",
        ),
    )  # fmt: skip
    undated = plan.add_commitment(session, m.Commitment(revision.id, "Utbilda personal"))
    open_ended = agreements.add_agreement(
        session, m.Agreement(partner.id, m.AgreementKind.IOP, "IOP", date(2026, 1, 1), None, "")
    )
    return [
        ("revision", lambda: PlanRevisionDialog(session, revision), "diary_number", "KS 2/2"),
        ("activity without organiser", lambda: ActivityDialog(session, bare), "title", "Dialog"),
        ("activity, all set", lambda: ActivityDialog(session, full), "target_group", "Elever"),
        ("commitment", lambda: CommitmentDialog(session, revision, undated), "text", "Alla"),
        ("agreement", lambda: AgreementDialog(session, partner.id, open_ended), "note", "Not"),
        ("group", lambda: GroupDialog(session, group), "description", "Om nätverket"),
    ]


def test_the_plan_partner_and_group_forms_save_nothing_untouched_and_one_field_changed(
    qtbot: Any, session: Any
) -> None:
    made = _plan_forms(session)
    for name, form_of, _field, _text in made:
        form = _opened(qtbot, form_of())
        assert not form.dirty, name
        before = _rows(session)
        click_save(qtbot, form)
        written = audit.entries(session.vault.conn, limit=-1)[: _rows(session) - before]
        assert written == [], (name, [(r.action, r.details) for r in written])
    for name, form_of, field, text in made:
        form = _opened(qtbot, form_of())
        _set_text(form.fields[field], text)
        before = _rows(session)
        click_save(qtbot, form)
        written = audit.entries(session.vault.conn, limit=-1)[: _rows(session) - before]
        named = [row.details.get("fields") for row in written if "fields" in row.details]
        assert named in ([[field]], []), (name, [(r.action, r.details) for r in written])
        assert written, name


def test_each_list_section_opens_a_rows_record_and_a_new_one_in_its_form(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    """Concerns, lägesbild entries and incidents are RecordListPages now: Enter on a row opens
    that record's form, their "New …" button an empty one, as before the fold."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kopingplan.services import concerns

    from gui_helpers import open_main_window

    concern = concerns.add_concern(
        session,
        m.Concern(
            date(2026, 2, 2), m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro för elev",
            datetime.now(UTC), "test",
        ),
    )  # fmt: skip
    entry = session.save(
        m.SituationEntry(date(2026, 2, 1), "Centrum", m.Orientation.RIGHT, "Dekaler", "Polisen")
    )
    incident = session.save(
        m.Incident(date(2026, 2, 2), m.IncidentKind.THREAT, "Hot i telefon", "Handläggare A")
    )
    window = open_main_window(controller, qtbot, session, vault_paths)
    sections = (
        (window.concerns_page, "concern", concern.id, "newConcernButton", "descriptionEdit"),
        (window.situation_page, "situation_entry", entry.id, "newEntryButton", "observationEdit"),
        (window.incidents_page, "incident", incident.id, "newIncidentButton", "descriptionEdit"),
    )
    texts = {"concern": "Oro för elev", "situation_entry": "Dekaler", "incident": "Hot i telefon"}
    for page, kind, record_id, new_button, text_edit in sections:
        window.show_section(window.ui.sectionStack.indexOf(page))
        page.table.setFocus()
        page.table.selectRow(0)
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        form = window.windows._forms[(kind, record_id)]
        assert getattr(form.ui, text_edit).toPlainText() == texts[kind], kind
        form.close_for_lock()
        qtbot.mouseClick(getattr(page.ui, new_button), Qt.MouseButton.LeftButton)
        new = window.windows._forms[(kind, None)]
        assert new.record is None and getattr(new.ui, text_edit).toPlainText() == "", kind
        new.close_for_lock()


def test_the_case_reason_dialogs_say_their_words_in_the_language_chosen(
    gui: Any, qtbot: Any, session: Any
) -> None:
    """Moving, closing and removing set heading, explanation and OK from words() now: each
    says its own, with the case's level or the person named, and again after a switch."""
    from PySide6.QtWidgets import QDialogButtonBox

    from kopingplan import i18n
    from kopingplan.gui.cases.case_actions import (
        CloseCaseDialog,
        MoveLevelDialog,
        RemoveParticipantDialog,
    )

    case = session.save(m.Case("Ärendet", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 1, 2)))
    person = session.save(m.Person("Zara", "Zetterlund"))
    participant = m.CaseParticipant(case.id, person.id, m.CaseRole.RELATIVE, id=1)
    forms = [
        MoveLevelDialog(session, case),
        CloseCaseDialog(session, case),
        RemoveParticipantDialog(session, case, participant, "Zara Zetterlund"),
    ]

    def said(form: Any) -> tuple[str, str, str]:
        ok = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        return form.ui.headingLabel.text(), form.ui.explanationLabel.text(), ok.text()

    english = [
        (
            "Move the case to another level",
            "The case is at the specific level now. The move and its reason are kept in the "
            "level history.",
            "&Move",
        ),
        (
            "Close the case",
            "A closed case stays in the vault until retention deletes it, and can be reopened "
            "until then.",
            "&Close case",
        ),
        (
            "Remove a person from the case",
            "Zara Zetterlund (relative) is taken out of the case. The person stays in the "
            "registry; the removal and its reason are kept with the case.",
            "&Remove",
        ),
    ]
    for form in forms:
        _opened(qtbot, form)
    assert [said(form) for form in forms] == english
    i18n.install_translators(gui, "sv")
    settle_language_switch(qtbot)  # the button boxes' LanguageChange, then the forms' names
    swedish = [said(form) for form in forms]
    assert [heading for heading, _, _ in swedish] == [
        "Flytta ärendet till en annan nivå",
        "Avsluta ärendet",
        "Ta bort en person från ärendet",
    ]
    assert swedish[0][1].startswith("Ärendet ligger nu på ")
    assert swedish[2][1].startswith("Zara Zetterlund (")
    assert forms[2].windowTitle() == "Ta bort från ärendet"
    i18n.install_translators(gui, "en")
    settle_language_switch(qtbot)
    assert [said(form)[:2] for form in forms] == [words[:2] for words in english]
    for form in forms:
        form.close_for_lock()


def test_the_action_button_keeps_its_words_after_a_language_switch(
    gui: Any, qtbot: Any, session: Any
) -> None:
    """Moving a case to another level: the button says "Flytta" in Swedish, not Qt's "Ok"
    (RecordDialog names Save again after the switch, but not an OK that says what it does)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from kopingplan.gui.cases.case_actions import MoveLevelDialog

    case = session.save(m.Case("Ärendet", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 1, 2)))
    ok = QDialogButtonBox.StandardButton.Ok
    said = button_said_after_switches(qtbot, gui, MoveLevelDialog(session, case), ok)
    assert said[0] == "&Move"
    assert said[1] == "&Flytta"


def test_a_ticked_optional_day_is_kept_as_a_draft_at_a_lock_and_comes_back(
    qtbot: Any, session: Any
) -> None:
    """The optional days (a follow-up, a due day, an agreement's end) are one base-class step
    now: a lock keeps the ticked day in the draft under the kind and ref existing vaults hold,
    and the form opened again shows it and builds the record with it."""
    from PySide6.QtCore import QDate

    from kopingplan.gui.cases.case_records import ContactCorrectionDialog
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.plan.activity_dialog import ActivityDialog
    from kopingplan.gui.plan.commitments import CommitmentDialog
    from kopingplan.gui.situation.incident_form import IncidentDialog
    from kopingplan.services import activities, agreements, drafts, plan

    org = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    case = session.save(m.Case("Ärendet", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 3, 4)))
    contact = session.save(
        m.Contact(datetime(2026, 2, 5, 8, 30, tzinfo=UTC), m.Channel.EMAIL, "Mejl", case_id=case.id)
    )
    incident = session.save(m.Incident(date(2026, 2, 3), m.IncidentKind.OTHER, "Hot", "B"))
    revision = plan.add_revision(session, m.PlanRevision(3, date(2026, 1, 20), "KS", "Text"))
    activity = activities.add_activity(
        session, m.Activity(date(2026, 2, 10), m.ActivityKind.DIALOGUE, "Dialog")
    )
    commitment = plan.add_commitment(session, m.Commitment(revision.id, "Utbilda"))
    agreement = agreements.add_agreement(
        session, m.Agreement(org.id, m.AgreementKind.OTHER, "Avtal", date(2026, 1, 2))
    )
    forms = {
        # name: (form, tick box, day editor, the draft's kind and ref, the record's field)
        "contact": (
            lambda: ContactCorrectionDialog(session, contact, []),
            "followUpCheck", "followUpEdit", ("contact_correction", f"{case.id}:{contact.id}"),
            "follow_up_on",
        ),
        "incident": (
            lambda: IncidentDialog(session, incident),
            "followUpCheck", "followUpEdit", ("incident", str(incident.id)), "follow_up_on",
        ),
        "activity": (
            lambda: ActivityDialog(session, activity),
            "followUpCheck", "followUpEdit", ("activity", str(activity.id)), "follow_up_on",
        ),
        "commitment": (
            lambda: CommitmentDialog(session, revision, commitment),
            "dueCheck", "dueEdit", ("commitment", f"{revision.id}:{commitment.id}"), "due_on",
        ),
        "agreement": (
            lambda: AgreementDialog(session, org.id, agreement),
            "endsCheck", "endsEdit", ("agreement", f"{org.id}:{agreement.id}"), "ends_on",
        ),
    }  # fmt: skip
    for name, (make, tick, editor, key, field) in forms.items():
        form = _opened(qtbot, make())
        assert getattr(form.build(), field) is None, name
        getattr(form.ui, tick).setChecked(True)
        getattr(form.ui, editor).setDate(QDate(2026, 12, 1))
        typed = form.values()
        assert form.keep_as_draft() == key, name
        assert drafts.load_draft(session, *key)["values"] == typed, name
        again = _opened(qtbot, make())
        assert again.values() == typed and again.dirty, name
        assert getattr(again.build(), field) == date(2026, 12, 1), name
        assert getattr(again.ui, editor).isEnabled(), name
        again.close_for_lock()


def test_a_decided_concerns_close_button_says_close_after_a_language_switch(
    gui: Any, qtbot: Any, session: Any
) -> None:
    """A decided concern is shown read-only with "Close" (Stäng), not "Cancel": nothing in it
    can be cancelled. After a switch to Swedish it says "Avbryt"."""
    from PySide6.QtWidgets import QDialogButtonBox

    from kopingplan.gui.intake.concern_dialog import ConcernDialog
    from kopingplan.services import concerns

    taken = concerns.add_concern(
        session,
        m.Concern(
            date(2026, 2, 2), m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro för elev",
            datetime.now(UTC), "test",
        ),
    )  # fmt: skip
    assert taken.id is not None
    decided = concerns.decide(
        session, taken.id, m.ConcernDecision.NO_ACTION, date(2026, 2, 3), "Samordnaren",
        reason="Inget att göra",
    )  # fmt: skip
    close = QDialogButtonBox.StandardButton.Cancel
    said = button_said_after_switches(qtbot, gui, ConcernDialog(session, decided), close)
    assert said[0] == "Close"
    assert said[1] == "Stäng"
