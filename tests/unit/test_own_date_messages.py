"""A day earlier than the day it follows: the message names that day (issue of session 9).

"cannot be earlier than the record's own date" left the coordinator guessing which date was
meant under an agreement's "Till". Each rule (and each service that compares a day with a
stored record's) now says which day, in the form's words, in Swedish and in English.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kopingplan import errors, i18n
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.services import follow_ups, incidents

DAY = date(2026, 3, 2)
EARLIER = DAY - timedelta(days=1)
AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _consent(**changes: Any) -> Consent:
    return Consent(
        1, ConsentGiver.SUBJECT, ("Samverkan med skolan",), DAY, ConsentForm.WRITTEN, AT, "Eva",
        organisation_kinds=("police",), **changes,
    )  # fmt: skip


def _concern(**changes: Any) -> m.Concern:
    return m.Concern(
        DAY, m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro för en elev", AT, "Eva",
        decision=m.ConcernDecision.NO_ACTION, decided_by="Eva", decision_reason="Ingen grund",
        **changes,
    )  # fmt: skip


# (the record with its later day too early, the field, the message, what Swedish names,
#  what English names)
RULES: dict[str, tuple[Callable[[], object], str, str, str, str]] = {
    "agreement until": (
        lambda: m.Agreement(1, m.AgreementKind.IOP, "Läxhjälp", DAY, ends_on=EARLIER),
        "ends_on", rules.BEFORE_FROM_DATE, "än Från-datumet", "the From date",
    ),
    "activity follow-up": (
        lambda: m.Activity(DAY, m.ActivityKind.OTHER, "Föreläsning", follow_up_on=EARLIER),
        "follow_up_on", rules.BEFORE_ACTIVITY, "än dagen aktiviteten hölls",
        "the day the activity was held",
    ),
    "consent valid until": (
        lambda: _consent(valid_until=EARLIER),
        "valid_until", rules.BEFORE_CONSENT_GIVEN, "än dagen samtycket gavs",
        "the day the consent was given",
    ),
    "consent withdrawn": (
        lambda: _consent(withdrawn_on=EARLIER, withdrawal_form=ConsentForm.ORAL),
        "withdrawn_on", rules.BEFORE_CONSENT_GIVEN, "än dagen samtycket gavs",
        "the day the consent was given",
    ),
    "concern decided": (
        lambda: _concern(decided_on=EARLIER),
        "decided_on", rules.BEFORE_CONCERN_RECEIVED, "än dagen oron kom in",
        "the day the concern was received",
    ),
    "case closed": (
        lambda: m.Case("Åsa", m.Level.SPECIFIC, m.Orientation.LEFT, DAY,
                       status=m.CaseStatus.CLOSED, closed_on=EARLIER),
        "closed_on", rules.BEFORE_CASE_OPENED, "än dagen ärendet öppnades",
        "the day the case was opened",
    ),
    "contact follow-up": (
        lambda: m.Contact(AT, m.Channel.PHONE, "Samtal", case_id=1, follow_up_on=EARLIER),
        "follow_up_on", rules.BEFORE_CONTACT, "än dagen för kontakten", "the day of the contact",
    ),
    "relative's contact follow-up": (
        lambda: m.RelativeSupportContact(1, AT, m.Channel.PHONE, "Oro", follow_up_on=EARLIER),
        "follow_up_on", rules.BEFORE_CONTACT, "än dagen för kontakten", "the day of the contact",
    ),
    "membership end": (
        lambda: m.GroupMembership(1, "ledamot", DAY, person_id=1, to_date=EARLIER),
        "to_date", rules.BEFORE_MEMBERSHIP, "än dagen medlemskapet började",
        "the day the membership began",
    ),
    "measure follow-up": (
        lambda: m.Measure(1, "Praktik", m.ActorKind.POLICE, DAY, follow_up_on=EARLIER),
        "follow_up_on", rules.BEFORE_MEASURE_STARTS, "än dagen insatsen börjar",
        "the day the measure starts",
    ),
    "incident follow-up": (
        lambda: m.Incident(DAY, m.IncidentKind.THREAT, "Hot", "Anna", follow_up_on=EARLIER),
        "follow_up_on", rules.BEFORE_INCIDENT, "än dagen händelsen inträffade",
        "the day the incident happened",
    ),
}  # fmt: skip


@pytest.fixture
def swedish(qapp: QCoreApplication) -> Iterator[None]:
    """Swedish, from the catalogue built in resources/i18n (as the GUI tests use it)."""
    i18n.install_translators(qapp, "sv")
    yield
    i18n.install_translators(qapp, "en")


def _said(error: errors.InvalidInput) -> str:
    """What the command line prints (and the GUI's message line, for a field it does not show)."""
    return error.translated(i18n.tr)


@pytest.mark.parametrize("name", list(RULES))
def test_each_rule_names_the_day_it_compares_with(name: str, swedish: None) -> None:
    make, field, problem, swedish_day, _ = RULES[name]
    found = {p.field: p.problem for p in rules.problems(make(), today=DAY)}
    assert found.get(field) == problem
    said = _said(rules.Problem(field, problem).error())
    assert said.endswith("kan inte vara tidigare " + swedish_day), said
    assert "eget datum" not in said


@pytest.mark.parametrize("name", list(RULES))
def test_each_rule_names_the_day_in_english_too(name: str) -> None:
    make, field, _, _, english_day = RULES[name]
    found = {p.field: p.problem for p in rules.problems(make(), today=DAY)}
    assert _said(rules.Problem(field, found[field]).error()).endswith(
        "cannot be earlier than " + english_day
    )


def test_the_same_day_is_no_problem() -> None:
    for make, field, _, _, _ in RULES.values():
        same = dataclasses.replace(make(), **{field: DAY})  # type: ignore[type-var]
        assert field not in {p.field for p in rules.problems(same, today=DAY)}


# --- the services that compare a day with a stored record's --------------------------------


def test_support_before_the_incident_names_the_incident_day(session: Any, swedish: None) -> None:
    incident = incidents.save_incident(session, m.Incident(DAY, m.IncidentKind.THREAT, "Hot", "A"))
    assert incident.id is not None
    support = m.IncidentSupport(incident.id, EARLIER, m.IncidentSupportKind.TALK, "Samtal", "Eva")
    with pytest.raises(errors.InvalidInput) as raised:
        incidents.add_support(session, support)
    assert raised.value.field == "given_on"
    assert _said(raised.value).endswith("kan inte vara tidigare än dagen händelsen inträffade")
    assert incidents.supports(session, incident.id) == []


def test_a_follow_up_done_before_the_incident_names_the_incident_day(
    session: Any, swedish: None
) -> None:
    incident = incidents.save_incident(
        session, m.Incident(DAY, m.IncidentKind.THREAT, "Hot", "A", follow_up_on=DAY)
    )
    assert incident.id is not None
    with pytest.raises(errors.InvalidInput) as raised:
        follow_ups.mark_done(session, "incident", incident.id, "Klart", EARLIER)
    assert raised.value.problem == rules.BEFORE_INCIDENT
    assert "än dagen händelsen inträffade" in _said(raised.value)
    assert session.get(m.Incident, incident.id).follow_up_done_on is None


def test_a_follow_up_contact_before_the_contact_names_the_contact_day(
    session: Any, swedish: None
) -> None:
    case = session.save(m.Case("Åsa", m.Level.SPECIFIC, m.Orientation.LEFT, DAY))
    contact = session.save(
        m.Contact(AT, m.Channel.PHONE, "Samtal", case_id=case.id, follow_up_on=DAY)
    )
    with pytest.raises(errors.InvalidInput) as raised:
        follow_ups.mark_done(session, "contact", contact.id, "Ringde", DAY - timedelta(days=2))
    assert raised.value.field == "on"
    assert _said(raised.value).endswith("kan inte vara tidigare än dagen för kontakten")
