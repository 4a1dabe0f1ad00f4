"""Consent on file and the check where consent is cited: exports and oral disclosures.

Every refusal is checked the way a data protection officer would: no disclosure row, no audit
row, the vault's bytes unchanged."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_exchange_fixtures import police_identity, register

from days import on_the_test_day
from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.domain.consent import (
    Consent,
    ConsentForm,
    ConsentGiver,
    ConsentState,
    RecipientRef,
    Refusal,
    refusal,
)
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import errors as ex
from kopingplan.services import accountability, cases, consents, exchange, retention, vault_health
from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import audit, migrations
from kopingplan.storage.repositories import consents as consents_repo
from kopingplan.storage.repositories import exchange as exchange_repo
from kopingplan.storage.repositories import retention as retention_store

from support import snapshot

PURPOSE = "Stöd till avhopp"
POLICE_NAME = "Polisen lokalpolisområde Köping"  # the test certificate's organisation


def _consent(case_id: int, **changes: Any) -> Consent:
    values: dict[str, Any] = {
        "case_id": case_id,
        "given_by": ConsentGiver.SUBJECT,
        "purposes": (PURPOSE,),
        "given_on": date.today() - timedelta(days=30),
        "form": ConsentForm.WRITTEN,
        "recorded_at": datetime.now(UTC) - timedelta(days=30),
        "recorded_by": "Anna Lindqvist",
        "organisation_kinds": (model.OrganisationKind.POLICE.value,),
    }
    values.update(changes)
    return Consent(**values)


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    case = session.save(
        model.Case("Ärende Norra", model.Level.INDIVIDUAL, model.Orientation.RIGHT,
                   date(2026, 1, 5), summary="Vill lämna miljön.")
    )  # fmt: skip
    other = session.save(
        model.Case("Ärende Södra", model.Level.SPECIFIC, model.Orientation.LEFT, date(2026, 2, 1))
    )
    police = session.save(model.Organisation(POLICE_NAME, model.OrganisationKind.POLICE))
    school = session.save(model.Organisation("Västra skolan", model.OrganisationKind.SCHOOL))
    officer = session.save(
        model.Person("Karin", "Berg", organisation_id=police.id, title="Kontaktpolis")
    )
    session.save(model.Note(case.id, datetime.now(UTC) - timedelta(days=3), "Samtal om avhopp."))
    return {"case": case, "other": other, "police": police, "school": school, "officer": officer}


def _disclosures(session: Session) -> int:
    return int(session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])


def _refused_and_unchanged(session: Session, run: Any, error: type[Exception]) -> None:
    """``run()`` raises ``error``, and the vault's files, disclosures and log did not move."""
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    rows = _disclosures(session)
    log = audit.entries(session.vault.conn)
    with pytest.raises(error):
        run()
    assert _disclosures(session) == rows
    assert audit.entries(session.vault.conn) == log
    assert snapshot(session.vault_folder) == before


# --- The rule --------------------------------------------------------------------------------


def test_a_consent_holds_from_the_day_given_until_its_last_day_or_withdrawal() -> None:
    consent = _consent(1, given_on=date(2026, 3, 1), valid_until=date(2026, 6, 30))
    assert consent.state(date(2026, 2, 28)) == ConsentState.NOT_YET
    assert consent.state(date(2026, 3, 1)) == ConsentState.VALID
    assert consent.state(date(2026, 6, 30)) == ConsentState.VALID
    assert consent.state(date(2026, 7, 1)) == ConsentState.EXPIRED
    withdrawn = dataclasses.replace(
        consent, withdrawn_on=date(2026, 4, 1), withdrawal_form=ConsentForm.ORAL
    )
    assert withdrawn.state(date(2026, 3, 31)) == ConsentState.VALID
    assert withdrawn.state(date(2026, 4, 1)) == ConsentState.WITHDRAWN


def test_the_refusal_names_the_most_telling_reason() -> None:
    police = RecipientRef("Polisen", 7, "police")
    school = RecipientRef("Skolan", 8, "school")
    on = date(2026, 5, 1)
    consent = _consent(1, given_on=date(2026, 1, 1))
    assert refusal([], police, PURPOSE, on) == Refusal.MISSING
    assert refusal([consent], police, " stöd  TILL avhopp ", on) is None
    assert refusal([consent], school, PURPOSE, on) == Refusal.RECIPIENT
    assert refusal([consent], police, "Utredning", on) == Refusal.PURPOSE
    assert refusal([consent], RecipientRef("Okänd"), PURPOSE, on) == Refusal.RECIPIENT
    expired = dataclasses.replace(consent, valid_until=date(2026, 4, 30))
    assert refusal([expired], police, PURPOSE, on) == Refusal.EXPIRED
    gone = dataclasses.replace(
        consent, withdrawn_on=date(2026, 4, 1), withdrawal_form=ConsentForm.WRITTEN
    )
    assert refusal([gone], police, PURPOSE, on) == Refusal.WITHDRAWN
    by_id = _consent(1, organisation_kinds=(), organisation_ids=(8,), given_on=date(2026, 1, 1))
    assert refusal([by_id], school, PURPOSE, on) is None
    assert refusal([by_id, gone], police, PURPOSE, on) == Refusal.WITHDRAWN


def test_the_rules_ask_for_what_a_consent_must_say() -> None:
    bad = _consent(
        1,
        organisation_kinds=(),
        purposes=(),
        given_by=ConsentGiver.GUARDIAN,
        form=ConsentForm.ORAL,
        valid_until=date.today() - timedelta(days=60),
    )
    fields = {p.field for p in rules.problems(bad)}
    assert fields == {"organisation_ids", "purposes", "guardian", "witness", "valid_until"}
    assert not rules.problems(_consent(1, form=ConsentForm.ORAL, witness="Per Ek"))
    unknown_kind = _consent(1, organisation_kinds=("martians",))
    assert {p.field for p in rules.problems(unknown_kind)} == {"organisation_kinds"}


# --- Storing consents ------------------------------------------------------------------------


def test_a_consent_is_stored_and_its_audit_row_holds_no_content(
    session: Session, world: dict[str, Any]
) -> None:
    case_id = world["case"].id
    stored = consents.add_consent(
        session,
        _consent(
            case_id,
            given_by=ConsentGiver.BOTH,
            guardian="Maria Quist",
            organisation_ids=(world["school"].id,),
            form=ConsentForm.ORAL,
            witness="Per Ek",
        ),
    )
    assert consents.consents_of_case(session, case_id) == [stored]
    row = audit.entries(session.vault.conn, action="consents.add")[-1]
    assert (row.entity, row.entity_id, row.details) == ("consents", stored.id, {"cases": [case_id]})
    text = repr(row)
    for content in (PURPOSE, "Maria Quist", "Per Ek"):
        assert content not in text


def test_a_refused_consent_writes_nothing(session: Session, world: dict[str, Any]) -> None:
    case_id = world["case"].id
    _refused_and_unchanged(
        session,
        lambda: consents.add_consent(session, _consent(case_id, form=ConsentForm.ORAL)),
        errors.InvalidInput,
    )
    _refused_and_unchanged(
        session,
        lambda: consents.add_consent(session, _consent(case_id, organisation_ids=(999,))),
        errors.NotFound,
    )
    _refused_and_unchanged(
        session, lambda: consents.add_consent(session, _consent(9999)), errors.NotFound
    )


def test_a_withdrawal_is_recorded_once(session: Session, world: dict[str, Any]) -> None:
    stored = consents.add_consent(session, _consent(world["case"].id))
    assert stored.id is not None
    withdrawn = consents.withdraw_consent(
        session, stored.id, date.today(), ConsentForm.WRITTEN, "Brev"
    )
    assert withdrawn.state(date.today()) == ConsentState.WITHDRAWN
    assert consents.consents_of_case(session, world["case"].id) == [withdrawn]
    row = audit.entries(session.vault.conn, action="consents.withdraw")[-1]
    assert row.details == {"cases": [world["case"].id], "on": date.today().isoformat()}
    _refused_and_unchanged(
        session,
        lambda: consents.withdraw_consent(session, stored.id, date.today(), ConsentForm.ORAL),
        consents.ConsentAlreadyWithdrawn,
    )
    fresh = consents.add_consent(session, _consent(world["case"].id))
    assert fresh.id is not None
    _refused_and_unchanged(  # before the day it was given
        session,
        lambda: consents.withdraw_consent(
            session, fresh.id, date.today() - timedelta(days=90), ConsentForm.ORAL
        ),
        errors.InvalidInput,
    )


def test_consents_go_with_their_case(session: Session, world: dict[str, Any]) -> None:
    case = world["other"]
    consents.add_consent(session, _consent(case.id, given_on=date(2026, 2, 2)))
    cases.close_case(session, case.id, "Klart", on=date(2026, 2, 10))
    assert retention_store.parts(session.vault.conn, "case", case.id)["consents"] == 1
    retention.delete(session, [(RetentionKind.CLOSED_CASE, case.id)], today=date(2045, 1, 1))
    left = session.vault.conn.execute("SELECT count(*) FROM consents").fetchone()[0]
    assert left == 0
    assert vault_health.check(session).ok


def test_organisations_start_outside_the_own_unit(session: Session) -> None:
    organisation = session.save(
        model.Organisation("Socialtjänsten", model.OrganisationKind.SOCIAL_SERVICES)
    )
    assert organisation.own_unit is False
    organisation.own_unit = True
    session.save(organisation)
    assert session.get(model.Organisation, organisation.id).own_unit is True
    assert migrations.LATEST >= 4


# --- Citing consent for an export ------------------------------------------------------------


# The terms cited in this part; a test changes one by its field's name.
CONSENT_TERMS = DisclosureTerms("osl-12-2", "Anna Lindqvist", "samordnare", PURPOSE)


def _terms(changes: dict[str, Any]) -> DisclosureTerms:
    """:data:`CONSENT_TERMS` with those of ``changes`` that are terms (taken out of it)."""
    names = [f.name for f in dataclasses.fields(DisclosureTerms) if f.name in changes]
    return dataclasses.replace(CONSENT_TERMS, **{name: changes.pop(name) for name in names})


def _export_request(recipient: Any, case_id: int, **changes: Any) -> exchange.ExportRequest:
    values: dict[str, Any] = {
        "recipient_ids": (recipient.id,),
        "terms": _terms(changes),
        "cases": (exchange.CasePart(case_id, all_notes=True),),
    }
    values.update(changes)
    return exchange.ExportRequest(**values)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"given_on": lambda: date.today() + timedelta(days=1)}, consents.ConsentNotYetGiven),
        ({"valid_until": lambda: date.today() - timedelta(days=1)}, consents.ConsentExpired),
        (
            {
                "withdrawn_on": lambda: date.today() - timedelta(days=2),
                "withdrawal_form": ConsentForm.ORAL,
            },
            consents.ConsentWithdrawn,
        ),
        ({"organisation_kinds": ("school",)}, consents.ConsentNotForRecipient),
        ({"purposes": ("Skolans elevhälsa",)}, consents.ConsentNotForPurpose),
        (None, consents.ConsentMissing),
    ],
)
def test_an_export_citing_consent_is_refused_unless_a_consent_covers_it(
    session: Session, world: dict[str, Any], changes: dict[str, Any] | None, error: type
) -> None:
    recipient = register(session, police_identity())
    case_id = world["case"].id
    if changes is not None:
        changes = on_the_test_day(changes)
    if changes is not None and "given_on" in changes:
        # A day after today is refused now; an older record may still hold one.
        with session.vault.transaction() as conn:
            consents_repo.insert(conn, _consent(case_id, recorded_at=datetime.now(UTC), **changes))
    elif changes is not None:
        consents.add_consent(session, _consent(case_id, **changes))
    _refused_and_unchanged(
        session,
        lambda: exchange.preview_export(session, _export_request(recipient, case_id)),
        error,
    )


def test_an_export_citing_a_covering_consent_is_recorded(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    recipient = register(session, police_identity())
    case_id = world["case"].id
    consents.add_consent(session, _consent(case_id))
    preview = exchange.preview_export(session, _export_request(recipient, case_id))
    result = exchange.export_package(session, preview, tmp_path / "paket.p7m")
    stored = exchange_repo.disclosures(session.vault.conn)
    assert [d.id for d in stored] == list(result.disclosure_ids)
    assert stored[0].legal_basis.startswith("OSL 12 kap. 2 §")
    assert stored[0].channel == model.DisclosureChannel.EXPORT


def test_consent_withdrawn_after_the_preview_stops_the_export(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    recipient = register(session, police_identity())
    case_id = world["case"].id
    consent = consents.add_consent(session, _consent(case_id))
    preview = exchange.preview_export(session, _export_request(recipient, case_id))
    assert consent.id is not None
    consents.withdraw_consent(session, consent.id, date.today(), ConsentForm.ORAL)
    target = tmp_path / "paket.p7m"
    _refused_and_unchanged(
        session,
        lambda: exchange.export_package(session, preview, target),
        consents.ConsentWithdrawn,
    )
    assert not target.exists()


def test_another_legal_basis_needs_no_consent(session: Session, world: dict[str, Any]) -> None:
    recipient = register(session, police_identity())
    request = _export_request(recipient, world["case"].id, legal_basis="osl-10-18a")
    assert exchange.preview_export(session, request).case_ids == (world["case"].id,)


def test_consent_cannot_be_cited_without_a_case(session: Session, world: dict[str, Any]) -> None:
    recipient = register(session, police_identity())
    request = _export_request(recipient, world["case"].id, cases=(), message="Hej")
    _refused_and_unchanged(
        session, lambda: exchange.preview_export(session, request), consents.ConsentWithoutCase
    )


# --- Oral disclosures ------------------------------------------------------------------------


def _oral(world: dict[str, Any], **changes: Any) -> OralDisclosureRequest:
    values: dict[str, Any] = {
        "what": "Berättade att han vill lämna miljön och har fått stöd.",
        "terms": _terms(changes),
        "disclosed_at": datetime.now(UTC) - timedelta(hours=1),
        "case_ids": (world["case"].id,),
        "person_id": world["officer"].id,
    }
    values.update(changes)
    return OralDisclosureRequest(**values)


def test_an_oral_disclosure_is_recorded_like_an_export(
    session: Session, world: dict[str, Any]
) -> None:
    consents.add_consent(session, _consent(world["case"].id))
    disclosure = record_oral_disclosure(session, _oral(world), now=datetime.now(UTC))
    stored = exchange_repo.disclosures(session.vault.conn)
    assert stored == [disclosure]
    assert disclosure.channel == model.DisclosureChannel.ORAL
    assert disclosure.recipient == f"Karin Berg, {POLICE_NAME}"
    assert disclosure.case_ids == (world["case"].id,)
    words = "Berättade att han vill lämna miljön och har fått stöd."
    assert disclosure.content_sha256 == hashlib.sha256(words.encode()).hexdigest()
    row = audit.entries(session.vault.conn, action="disclosures.create")[-1]
    assert row.details == {"channel": "oral", "cases": [world["case"].id]}
    assert "miljön" not in repr(row)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"legal_basis": "osl-99"}, ex.LegalBasisUnknown),
        ({"legal_basis": " "}, ex.LegalBasisUnknown),
        ({"decided_by": " "}, errors.InvalidInput),
        ({"decided_by_role": ""}, errors.InvalidInput),
        ({"purpose": ""}, errors.InvalidInput),
        ({"what": "\n"}, errors.InvalidInput),
        ({"person_id": None}, errors.InvalidInput),
        ({"case_ids": (4242,)}, errors.NotFound),
        ({"disclosed_at": lambda: datetime.now(UTC) + timedelta(days=1)}, errors.InvalidInput),
        ({"person_id": None, "organisation_id": "school"}, consents.ConsentNotForRecipient),
        ({"purpose": "Något annat"}, consents.ConsentNotForPurpose),
        ({"case_ids": ("other",)}, consents.ConsentMissing),
        ({"case_ids": ()}, consents.ConsentWithoutCase),
        (
            {"disclosed_at": lambda: datetime.now(UTC) - timedelta(days=60)},
            consents.ConsentNotYetGiven,
        ),
    ],
)
def test_a_refused_oral_disclosure_writes_nothing(
    session: Session, world: dict[str, Any], changes: dict[str, Any], error: type
) -> None:
    consents.add_consent(session, _consent(world["case"].id))
    changes = on_the_test_day(changes)
    if changes.get("organisation_id") == "school":
        changes["organisation_id"] = world["school"].id
    if changes.get("case_ids") == ("other",):
        changes["case_ids"] = (world["other"].id,)
    _refused_and_unchanged(
        session,
        lambda: record_oral_disclosure(session, _oral(world, **changes), now=datetime.now(UTC)),
        error,
    )


def test_an_oral_disclosure_on_another_basis_needs_no_case(
    session: Session, world: dict[str, Any]
) -> None:
    request = _oral(world, legal_basis="OSL 10 kap. 2 §", case_ids=(), person_id=None,
                    organisation_id=world["school"].id)  # fmt: skip
    disclosure = record_oral_disclosure(session, request, now=datetime.now(UTC))
    assert disclosure.recipient == "Västra skolan"
    assert disclosure.legal_basis == "OSL 10 kap. 2 §"


# --- Reports ---------------------------------------------------------------------------------


def _texts(brief: Any) -> str:
    """Every text a report's blocks hold, flattened (what a reader of the PDF reads)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))

    walk(brief)
    return " ".join(" ".join(found).split())


def test_the_disclosure_report_includes_oral_disclosures(
    session: Session, world: dict[str, Any]
) -> None:
    request = _oral(world, legal_basis="osl-10-2", case_ids=(), person_id=None,
                    organisation_id=world["school"].id)  # fmt: skip
    record_oral_disclosure(session, request, now=datetime.now(UTC))
    brief = accountability.disclosure_report(session, None, None)
    text = _texts(brief)
    assert "Antal utlämnanden 1 Varav krypterade exporter 0" in text
    assert "Varav muntliga 1 Varav registerutdrag 0" in text
    assert "Västra skolan Skola" in text and "Muntligt" in text  # the kind under the name
    assert "Berättade att han vill lämna miljön" in text  # the words are the "what"


def test_the_record_of_processing_counts_consents_and_oral_disclosures(
    session: Session, world: dict[str, Any]
) -> None:
    consents.add_consent(session, _consent(world["case"].id))
    gone = consents.add_consent(session, _consent(world["case"].id))
    assert gone.id is not None
    consents.withdraw_consent(session, gone.id, date.today(), ConsentForm.ORAL)
    record_oral_disclosure(session, _oral(world), now=datetime.now(UTC))
    text = _texts(accountability.processing_record(session))
    assert "Samtycke (OSL 12 kap. 2 §) Registrerade: 2, varav 1 gällande i dag" in text
    assert "Muntliga utlämnanden Registrerade: 1," in text
    assert "Samtycken gallras med sitt ärende" in text
    assert PURPOSE not in text  # counts, never content
