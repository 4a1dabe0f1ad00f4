"""One change channel: a save in one window shows in every other open view of the same kind
of record, views of other kinds are left alone, a background task's writes reach the lists
once the task has ended, and no refresh is an "opened" row in the access log.

Real vault, the real main window and windows driven with qtbot.
"""

from __future__ import annotations

import functools
import threading
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kopingplan.crypto.identity import create_identity
from kopingplan.domain import model as m
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import cases, exchange
from kopingplan.services import identity as identity_service

from gui_helpers import (
    add_cases,
    click_save,
    open_main_window,
    opened_rows,
    settle,
    type_text,
    unlock,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(session: Any) -> dict[str, int]:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    mentor = session.save(m.Person("Maja", "Mentorsson", organisation_id=school.id))
    session.save(m.CaseParticipant(case_id, mentor.id, m.CaseRole.PROFESSIONAL))
    return {"case": case_id, "person": mentor.id}


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any) -> Any:
    return open_main_window(controller, qtbot, session, vault_paths)


_opened = opened_rows


def _people_names(window: Any) -> list[str]:
    persons = window.people_page.persons
    return [persons.index(row, 0).data() for row in range(persons.rowCount())]


def _calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Counts the calls of ``owner.name`` (still calling it)."""
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_person_corrected_in_its_form_shows_in_the_open_case_window_and_the_people_list(
    window: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    assert view.ui.participantsTree.topLevelItem(0).text(0) == "Maja Mentorsson"
    assert "Mentorsson" in _people_names(window)

    form = window.windows.edit("person", filled["person"])
    form.ui.familyEdit.clear()
    type_text(form.ui.familyEdit, "Mentorsdotter")
    click_save(qtbot, form)

    # Nothing told the case window or the People section by hand: the change did.
    assert view.ui.participantsTree.topLevelItem(0).text(0) == "Maja Mentorsdotter"
    assert "Mentorsdotter" in _people_names(window)
    assert _opened(window, "cases.open", filled["case"]) == 1  # a refresh is not an opening


def test_a_note_refreshes_the_case_list_and_to_do_but_not_the_incidents_or_the_lagesbild(
    window: Any, qtbot: Any, filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.open_case(filled["case"])
    case_list = _calls(monkeypatch, window.case_list.model, "refresh")
    todo = _calls(monkeypatch, window.todo_page, "refresh")
    incidents = _calls(monkeypatch, window.incidents_page.model, "refresh")
    entries = _calls(monkeypatch, window.situation_page.entries, "refresh")
    case_window = _calls(monkeypatch, cases, "reload_case")  # the case window's refresh

    qtbot.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
    note = view._forms["note"]
    type_text(note.ui.textEdit, "Samtal med mentorn om frånvaron.")
    click_save(qtbot, note)
    settle(qtbot)  # what the save scheduled (the change hub's zero timer) has run

    assert (len(case_list), len(todo), len(case_window)) == (1, 1, 1)  # each once
    assert (len(incidents), len(entries)) == (0, 0)
    assert _opened(window, "cases.open", filled["case"]) == 1


def test_a_change_made_in_to_do_shows_in_the_open_meeting(
    window: Any, qtbot: Any, filled: Any
) -> None:
    from kopingplan.services import meetings

    session = window.session
    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.INTERVENTION_GROUP)
    starts = datetime.combine(date.today(), time(9), tzinfo=UTC)
    meeting = meetings.create_meeting(session, group.id, starts, "Stadshuset")
    meetings.add_action(session, meeting.id, "Ring skolan", date.today())
    window.change_hub.flush()
    page = window.meetings_page
    page.fill_groups()
    page.view.show_meeting(meeting.id)
    assert page.view.ui.actionTable.item(0, 3).text() == ""  # not done

    todo = window.todo_page
    todo.ui.untilCombo.setCurrentIndex(0)
    (item,) = [todo.model.row(n) for n in range(todo.model.rowCount())]
    assert item.kind == "meeting_action"
    form = todo.open_done_form(item.kind, item.id, item.description)
    type_text(form.ui.outcomeEdit, "Skolan ringd.")
    click_save(qtbot, form)

    assert page.view.ui.actionTable.item(0, 3).text() != ""  # done, on the meeting too


@pytest.mark.real_threads
def test_a_background_task_s_writes_reach_the_lists_when_it_has_ended(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any
) -> None:
    session.close()
    controller.start(vault_paths.folder)
    unlock(controller, qtbot)  # the unlocking itself runs on the worker
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    qtbot.waitUntil(lambda: not controller.runner.busy)
    before = window.case_list.model.total
    release = threading.Event()

    saved = threading.Event()

    def work(ctx: Any) -> None:  # on the worker thread, as an import runs
        window.session.save(
            m.Case("Inkommet ärende", m.Level.GENERAL, m.Orientation.OTHER, date(2026, 5, 4))
        )
        saved.set()
        release.wait(10)

    emitted: list[Any] = []
    window.change_hub.changed.connect(emitted.append)
    controller.runner.run(work)
    qtbot.waitUntil(saved.is_set)  # the write is committed, the task still runs
    settle(qtbot)  # the hub has heard of it (a queued signal, then its zero timer)
    assert emitted == [] and window.case_list.model.total == before

    release.set()
    qtbot.waitUntil(lambda: window.case_list.model.total == before + 1, timeout=5_000)
    assert [changes.touches("cases") for changes in emitted] == [True]


@functools.cache
def _police() -> Any:
    return create_identity("Kontaktpolis Karin Berg", "Polisen")


def _package_from_the_police(session: Any, folder: Any) -> Any:
    """A package the police liaison sends the coordinator (a lägesbild entry), made in the
    liaison's own vault; both know each other's verified certificate."""
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    from support import FAST_KDF, PASSPHRASE

    def register(vault: Any, identity: Any) -> Any:
        row = exchange.add_recipient(vault, identity.certificate_pem)
        return exchange.verify_recipient(vault, row.id, identity.fingerprint)

    register(session, _police())
    with Session.create(
        VaultPaths(folder / "polisen"),
        PASSPHRASE,
        name="Kontaktpolis Karin Berg",
        organisation="Polisen",
        kdf_params=FAST_KDF,
        identity=_police(),
    ) as police:
        coordinator = register(police, identity_service.active_identity(session))
        entry = police.save(
            m.SituationEntry(
                date(2026, 3, 1),
                "Busstationen",
                m.Orientation.RIGHT,
                "Nya klistermärken.",
                "Polisen",
            )
        )
        request = exchange.ExportRequest(
            recipient_ids=(coordinator.id,),
            terms=DisclosureTerms(
                "osl-10-18a", "Karin Berg", "kontaktpolis", "Underlag inför mötet"
            ),
            cases=(),
            situation_entry_ids=(entry.id,),
        )
        path = folder / "fran-polisen.p7m"
        exchange.export_package(police, exchange.preview_export(police, request), path)
    return path


def test_an_import_shows_in_the_open_case_window_once_its_task_has_ended(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any, tmp_path: Any
) -> None:
    package = _package_from_the_police(session, tmp_path)
    window = open_main_window(controller, qtbot, session, vault_paths)
    view = window.open_case(filled["case"])
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    assert view.ui.incomingTree.topLevelItemCount() == 0

    dialog = window.disclosures_page.open_import()
    dialog.open_file(package)  # decrypted and checked as a background task
    qtbot.mouseClick(dialog.ui.caseRadio, Qt.MouseButton.LeftButton)
    dialog.ui.caseCombo.setCurrentIndex(dialog.ui.caseCombo.findData(filled["case"]))
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)  # stored as one too

    # Nothing told the case window: the import's own audit row did, once the task had ended.
    qtbot.waitUntil(lambda: view.ui.incomingTree.topLevelItemCount() == 1)
    assert opened_rows(window, "cases.open", filled["case"]) == 1


def test_the_due_notice_follows_what_is_marked_done_and_goes_when_nothing_is_due(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any
) -> None:
    today = date.today()
    for days, text in ((-2, "Ring mentorn"), (0, "Boka möte med familjen")):
        session.save(m.FollowUp(due_on=today + timedelta(days=days), description=text))
    window = open_main_window(controller, qtbot, session, vault_paths)
    qtbot.waitUntil(lambda: any(bar.key == "due" for bar in window.notices()))
    (bar,) = [bar for bar in window.notices() if bar.key == "due"]
    assert bar.label.text() == "To do: 1 item due today; 1 overdue."

    todo = window.todo_page
    for remaining in ("To do: 0 items due today; 1 overdue.", None):
        item = todo.model.row(todo.model.rowCount() - 1)  # the one due today first
        form = todo.open_done_form(item.kind, item.id, item.description)
        type_text(form.ui.outcomeEdit, "Klart.")
        click_save(qtbot, form)
        shown = [b.label.text() for b in window.notices() if b.key == "due"]
        assert shown == ([remaining] if remaining else [])
