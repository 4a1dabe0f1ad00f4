"""services.relative_support against a real vault: threads, later contacts, links, audit."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from test_flows_relative_support import NOW, TODAY, anonymous

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows import CallerMode, LinkMode
from kopingplan.services import cases, drafts, relative_support
from kopingplan.storage import audit


def actions(session: Any) -> list[str]:
    return [e.action for e in reversed(audit.entries(session.vault.conn, limit=1000))]


def test_an_anonymous_first_contact_without_a_case(session: Any) -> None:
    flow = anonymous()
    org = session.save(m.Organisation("Röda Korset", m.OrganisationKind.CIVIL_SOCIETY))
    flow.referral_organisation_ids = [org.id]
    records = flow.build()
    drafts.save_draft(session, "relative_support", "", flow.to_draft())
    before = len(actions(session))

    saved = relative_support.save_contact(session, records, draft="")

    assert saved.case is None and saved.person is None
    (row,) = relative_support.threads(session)
    assert row.thread == saved.thread and row.contacts == 1 and row.person_name == ""
    assert row.thread.pseudonym == "Mamman i Kolsva" and row.thread.case_id is None
    (stored,) = relative_support.thread_contacts(session, saved.thread.id)
    expected = dataclasses.replace(
        records.contact, id=stored.id, relative_support_id=saved.thread.id
    )
    for field in dataclasses.fields(m.RelativeSupportContact):
        assert getattr(stored, field.name) == getattr(expected, field.name), field.name
    assert stored.referral_organisation_ids == (org.id,)
    assert drafts.load_draft(session, "relative_support", "") is None
    assert actions(session)[before:] == [
        "relative_supports.create",
        "relative_support_contacts.create",
        "relative_supports.view",
    ]


def test_a_new_person_and_a_new_case(session: Any) -> None:
    flow = anonymous()
    flow.caller_mode = CallerMode.NEW_PERSON
    flow.given_name, flow.family_name = "Åsa", "Öberg"
    flow.consent_to_record = True
    flow.link_mode = LinkMode.NEW_CASE
    flow.new_case_title = "Oro för son, Kolsva"

    saved = relative_support.save_contact(session, flow.build())

    assert saved.person is not None and saved.person.full_name == "Åsa Öberg"
    assert saved.case is not None and saved.case.title == "Oro för son, Kolsva"
    assert saved.thread.person_id == saved.person.id
    assert saved.thread.case_id == saved.case.id
    detail = cases.open_case(session, saved.case.id)
    assert [(p.role, p.relation, person.full_name) for p, person in detail.participants] == [
        (m.CaseRole.RELATIVE, "mamma", "Åsa Öberg")
    ]
    assert [c.to_level for c in detail.level_history] == [m.Level.SPECIFIC]
    assert {
        "persons.create",
        "cases.create",
        "relative_supports.create",
        "relative_support_contacts.create",
        "case_participants.create",
    } <= set(actions(session))


def test_a_later_call_attaches_to_the_thread_and_can_link_it_to_a_case(session: Any) -> None:
    first = relative_support.save_contact(session, anonymous().build())
    case = session.save(m.Case("Sonen i Kolsva", m.Level.SPECIFIC, m.Orientation.UNCLEAR, TODAY))
    flow = relative_support.start_flow(session, case.id, TODAY)
    flow.now = lambda: NOW + timedelta(days=2)
    flow.use_thread(relative_support.thread(session, first.thread.id))
    flow.occurred_at = NOW + timedelta(days=2)
    flow.worry = "Det har blivit bättre, han går till skolan igen."
    flow.follow_up_on = None

    later = relative_support.save_contact(session, flow.build())

    assert later.thread.id == first.thread.id
    assert later.thread.case_id == case.id
    (row,) = relative_support.threads(session)
    assert row.contacts == 2
    assert row.last_contact_at == NOW + timedelta(days=2)
    assert relative_support.threads(session, case.id) == [row]
    contacts = relative_support.thread_contacts(session, first.thread.id)
    assert [c.worry for c in contacts] == [first.contact.worry, flow.worry.strip()]
    (moved,) = audit.entries(session.vault.conn, action="relative_supports.update")
    assert moved.entity_id == first.thread.id and moved.details == {"fields": ["case_id"]}


def test_a_named_relative_without_consent_is_refused_by_the_service_too(session: Any) -> None:
    person = session.save(m.Person("Pia", "Lind"))
    flow = anonymous()
    flow.caller_mode = CallerMode.REGISTRY
    flow.person_id = person.id
    flow.consent_to_record = True
    records = flow.build()
    refused = dataclasses.replace(
        records, contact=dataclasses.replace(records.contact, consent_to_record=False)
    )
    with pytest.raises(errors.InvalidInput) as raised:
        relative_support.save_contact(session, refused)
    assert raised.value.field == "consent_to_record"
    assert relative_support.threads(session) == []


def test_a_wrong_case_writes_nothing(session: Any) -> None:
    flow = anonymous()
    flow.link_mode = LinkMode.EXISTING_CASE
    flow.case_id = 404
    with pytest.raises(errors.NotFound):
        relative_support.save_contact(session, flow.build())
    assert relative_support.threads(session) == []
