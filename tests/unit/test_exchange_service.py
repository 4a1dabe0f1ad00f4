"""Exchange use cases: the recipients registry, export with its disclosure record, the round trip
between two vaults, and the disclosure log."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_exchange_fixtures import (
    NOW,
    certificate,
    ec_key,
    open_vault,
    police_identity,
    private_key,
    register,
    second_police_identity,
)

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import cms
from kopingplan.exchange import errors as ex
from kopingplan.exchange.legal_bases import DEFAULTS, LegalBasis
from kopingplan.services import exchange, vault_health
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as repo

from support import shared_identity

NOTE_TEXT = "Eleven har uttryckt stöd för våld mot meningsmotståndare."
OTHER_NOTE_TEXT = "Samtal med mamman, oro för nya vänner."
SUBJECT = ("Alex", "Quirinsson")


@dataclass
class Filled:
    case: model.Case
    notes: list[model.Note]
    measure: model.Measure
    entry: model.SituationEntry


@pytest.fixture
def filled(session: Session) -> Filled:
    case = session.save(
        model.Case(
            title="Ärende Västra skolan", level=model.Level.SPECIFIC,
            orientation=model.Orientation.RIGHT, opened_on=date(2026, 3, 2),
            summary="Oro från skolan.",
        )
    )  # fmt: skip
    assert case.id is not None
    person = session.save(
        model.Person(given_name=SUBJECT[0], family_name=SUBJECT[1], birth_year=2008)
    )
    assert person.id is not None
    session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
    notes = [
        session.save(model.Note(case.id, datetime(2026, 3, 3, 9, tzinfo=UTC), NOTE_TEXT)),
        session.save(model.Note(case.id, datetime(2026, 3, 5, 9, tzinfo=UTC), OTHER_NOTE_TEXT)),
    ]
    plan = session.save(model.ExitPlan(case.id, datetime(2026, 3, 6, tzinfo=UTC)))
    assert plan.id is not None
    measure = session.save(
        model.Measure(plan.id, "Samtal med fältassistent", model.ActorKind.MUNICIPAL_UNIT,
                      date(2026, 3, 10))
    )  # fmt: skip
    entry = session.save(
        model.SituationEntry(date(2026, 3, 1), "Västra", model.Orientation.RIGHT,
                             "Klistermärken vid busstationen", "Fältgruppen")
    )  # fmt: skip
    return Filled(case, notes, measure, entry)


@pytest.fixture
def police(session: Session) -> repo.RecipientRow:
    return register(session, police_identity())


@pytest.fixture
def police_vault(tmp_path: Path) -> Iterator[Session]:
    with open_vault(
        tmp_path / "police", police_identity(), "Kontaktpolis Karin Berg", "Polisen"
    ) as opened:
        yield opened


def _request(
    recipients: list[repo.RecipientRow], case_id: int, **changes: Any
) -> exchange.ExportRequest:
    """The request to ``recipients``; ``changes`` may name the terms' fields as well."""
    terms = DisclosureTerms("osl-10-18a", "Anna Lindqvist", "samordnare", "Förhindra brott")
    names = [f.name for f in dataclasses.fields(terms) if f.name in changes]
    values: dict[str, Any] = {
        "recipient_ids": tuple(r.id for r in recipients),
        "terms": dataclasses.replace(terms, **{name: changes.pop(name) for name in names}),
        "cases": (exchange.CasePart(case_id, all_notes=True, all_measures=True, subjects=True),),
    }
    values.update(changes)
    return exchange.ExportRequest(**values)


def _raw_audit(session: Session) -> list[Any]:
    rows = session.vault.conn.execute(
        "SELECT action, entity, entity_id, details FROM audit_log ORDER BY seq"
    ).fetchall()
    return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


# --- Recipients ---------------------------------------------------------------------------------


def test_the_certificates_of_a_file_are_shown_before_one_is_added(session: Session) -> None:
    both = police_identity().certificate_pem + second_police_identity().certificate_pem
    shown = exchange.inspect_certificates(both)
    assert [i.fingerprint for i in shown] == [
        police_identity().fingerprint,
        second_police_identity().fingerprint,
    ]
    with pytest.raises(ex.CertificateAmbiguous):
        exchange.add_recipient(session, both)
    chosen = exchange.add_recipient(session, both, fingerprint=shown[1].fingerprint)
    assert chosen.fingerprint == second_police_identity().fingerprint


def test_a_recipient_is_registered_unverified_then_verified_by_fingerprint(
    session: Session,
) -> None:
    identity = police_identity()
    added = exchange.add_recipient(session, identity.certificate_pem)
    assert (added.name, added.organisation) == (
        "Kontaktpolis Karin Berg",
        "Polisen lokalpolisområde Köping",
    )
    assert added.fingerprint == identity.fingerprint and not added.verified
    with pytest.raises(ex.FingerprintMismatch):
        exchange.verify_recipient(session, added.id, second_police_identity().fingerprint)
    assert not exchange.list_recipients(session)[0].verified
    spoken = identity.fingerprint.lower().replace(" ", "")  # as typed after a phone call
    verified = exchange.verify_recipient(session, added.id, spoken)
    assert verified.verified and verified.verified_by == "Anna Lindqvist"
    assert verified.verified_at is not None
    assert exchange.list_recipients(session, verified_only=True) == [verified]
    logged = [row for row in _raw_audit(session) if row[1] == "recipients"]
    assert [row[0] for row in logged] == ["recipients.create", "recipients.verify"]
    assert all(row[3] == {"fingerprint": identity.fingerprint} for row in logged)
    with pytest.raises(ex.RecipientExists):
        exchange.add_recipient(session, identity.certificate_pem, name="Igen")


def test_a_certificate_that_cannot_serve_is_not_registered(session: Session) -> None:
    from cryptography.hazmat.primitives import serialization

    def as_pem(cert: Any) -> bytes:
        return cert.public_bytes(serialization.Encoding.PEM)

    expired = certificate(not_before=NOW - timedelta(days=90), not_after=NOW - timedelta(days=1))
    for data, error in (
        (as_pem(certificate(ec_key())), ex.CertificateKeyAgreement),
        (as_pem(expired), ex.CertificateExpired),
        (b"inte ett certifikat", ex.CertificateUnreadable),
    ):
        with pytest.raises(error):
            exchange.add_recipient(session, data, name="Polisen")
    assert exchange.list_recipients(session) == []


def test_a_recipient_is_found_by_number_fingerprint_or_name(
    session: Session, police: repo.RecipientRow
) -> None:
    assert exchange.find_recipient(session, str(police.id)) == police
    assert exchange.find_recipient(session, police.fingerprint.replace(" ", ":")) == police
    assert exchange.find_recipient(session, "kontaktpolis karin berg") == police
    with pytest.raises(errors.NotFound):
        exchange.find_recipient(session, "Någon annan")


def test_expiring_certificates_are_listed_for_a_warning(session: Session) -> None:
    police = register(session, police_identity())
    assert exchange.expiring_recipients(session) == []
    assert exchange.expiring_recipients(session, now=police.not_after - timedelta(days=20)) == [
        police
    ]


# --- Legal bases --------------------------------------------------------------------------------


def test_the_legal_bases_ship_with_defaults_the_lawyer_can_edit(session: Session) -> None:
    titles = [b.title for b in exchange.legal_bases(session)]
    assert titles[:5] == ["OSL 6 kap. 5 §", "OSL 10 kap. 2 §", "OSL 10 kap. 18 a §",
                          "OSL 10 kap. 27 §", "OSL 10 kap. 28 §"]  # fmt: skip
    assert titles[5].startswith("OSL 12 kap. 2 §")
    assert all(b.description and "\n" not in b.description for b in exchange.legal_bases(session))
    edited = [LegalBasis("osl-10-2", "OSL 10 kap. 2 §", "Egen beskrivning."), *DEFAULTS[2:]]
    exchange.set_legal_bases(session, edited)
    assert exchange.legal_bases(session) == edited
    with pytest.raises(errors.InvalidInput) as caught:
        exchange.set_legal_bases(session, [LegalBasis("x", "X", "två\nrader")])
    assert caught.value.field == "description"
    with pytest.raises(errors.InvalidInput):
        exchange.set_legal_bases(session, [DEFAULTS[0], DEFAULTS[0]])
    assert exchange.legal_bases(session) == edited


# --- Export -------------------------------------------------------------------------------------


def test_the_preview_holds_only_what_was_chosen(
    session: Session, filled: Filled, police: repo.RecipientRow
) -> None:
    assert filled.case.id is not None and filled.notes[0].id is not None
    part = exchange.CasePart(filled.case.id, details=False, note_ids=(filled.notes[0].id,))
    preview = exchange.preview_export(session, _request([police], filled.case.id, cases=(part,)))
    data = preview.data
    assert data["cases"] == [
        {"reference": str(filled.case.id),
         "notes": [{"written_at": "2026-03-03T09:00:00+00:00", "text": NOTE_TEXT, "source": ""}]}
    ]  # fmt: skip
    assert OTHER_NOTE_TEXT.encode() not in preview.zip_bytes
    assert SUBJECT[1].encode() not in preview.data_json
    assert "situation_entries" not in data and "messages" not in data
    assert data["legal_basis"]["title"] == "OSL 10 kap. 18 a §"
    assert data["decided_by"] == {"name": "Anna Lindqvist", "role": "samordnare"}
    assert data["recipients"][0]["fingerprint"] == police.fingerprint
    assert preview.description == f"1 ärende ({filled.case.id}): 1 anteckning, 0 åtgärder"


def test_a_case_chosen_twice_leaves_once_in_the_order_chosen(
    session: Session, filled: Filled, police: repo.RecipientRow
) -> None:
    assert filled.case.id is not None
    other = session.save(
        model.Case("Annat", model.Level.GENERAL, model.Orientation.OTHER, date(2026, 1, 1))
    )
    assert other.id is not None
    parts = (
        exchange.CasePart(other.id, details=False),
        exchange.CasePart(filled.case.id, details=False),
        exchange.CasePart(other.id, details=True),
    )
    request = _request([police], filled.case.id, cases=parts, message="Gäller dessa ärenden.")
    preview = exchange.preview_export(session, request)
    assert preview.data["cases"] == [
        {"reference": str(other.id)},
        {"reference": str(filled.case.id)},
    ]
    assert preview.case_ids == (other.id, filled.case.id)


def test_the_export_is_exactly_the_preview_and_is_recorded(
    session: Session, filled: Filled, police: repo.RecipientRow, tmp_path: Path
) -> None:
    assert filled.case.id is not None and filled.entry.id is not None
    request = _request(
        [police], filled.case.id, situation_entry_ids=(filled.entry.id,),
        legal_basis="OSL 10 kap. 18 a §", legal_basis_note="Bedömt av enhetschef.",
    )  # fmt: skip
    preview = exchange.preview_export(session, request)
    assert preview.counts == {"cases": 1, "case_details": 1, "subjects": 1, "notes": 2,
                              "measures": 1, "situation_entries": 1}  # fmt: skip
    assert preview.description == (
        f"1 ärende ({filled.case.id}): ärendeuppgifter, 2 anteckningar, 1 åtgärd, "
        "1 persons uppgifter; 1 lägesbildspost"
    )
    before = len(_raw_audit(session))
    result = exchange.export_package(session, preview, tmp_path / "paket.p7m")
    sealed = (tmp_path / "paket.p7m").read_bytes()
    assert result.size == len(sealed) and NOTE_TEXT.encode() not in sealed
    identity = police_identity()
    message = cms.read_signed(cms.decrypt(sealed, identity.certificate, private_key(identity)))
    assert cms.verify(message, shared_identity().certificate) == preview.zip_bytes
    assert hashlib.sha256(preview.zip_bytes).hexdigest() == result.content_sha256

    [disclosure] = exchange.disclosures(session)
    assert disclosure.id == result.disclosure_ids[0]
    assert disclosure.recipient == "Kontaktpolis Karin Berg, Polisen lokalpolisområde Köping"
    assert disclosure.recipient_fingerprint == police.fingerprint
    assert disclosure.content_sha256 == result.content_sha256
    assert disclosure.legal_basis == "OSL 10 kap. 18 a §"
    assert disclosure.legal_basis_note == "Bedömt av enhetschef."
    assert (disclosure.decided_by, disclosure.decided_by_role) == ("Anna Lindqvist", "samordnare")
    assert disclosure.purpose == "Förhindra brott"
    assert disclosure.case_ids == (filled.case.id,)
    assert NOTE_TEXT not in disclosure.content_description

    logged = _raw_audit(session)[before:]
    assert [row[0] for row in logged] == ["disclosures.create", "exchange.export"]
    # The disclosure's row says how it left and which cases, as every channel's row does.
    assert logged[0][3] == {"channel": "export", "cases": [filled.case.id]}
    details = logged[1][3]
    assert (
        details["package_id"] == preview.package_id and details["sha256"] == result.content_sha256
    )
    assert details["recipients"] == [police.fingerprint] and details["notes"] == 2
    assert NOTE_TEXT not in json.dumps(logged, ensure_ascii=False)
    assert vault_health.check(session).ok


def test_the_terms_are_kept_as_typed_text_is_in_the_preview_and_the_record(
    session: Session, filled: Filled, police: repo.RecipientRow, tmp_path: Path
) -> None:
    """The decision maker, role, purpose and note are normalised as every typed text is (NFC:
    a pasted decomposed "ö" is one letter), as the oral and brief disclosures' are: the
    preview used to accept what the export's record then refused as not normalised."""
    assert filled.case.id is not None
    decomposed = "Bjo\u0308rk"  # "Björk" with the dots as a combining character
    request = _request(
        [police], filled.case.id, decided_by=f" {decomposed} ", decided_by_role="samordnare",
        purpose=f"Förhindra brott ({decomposed})", legal_basis_note=f"{decomposed}\r\n",
    )  # fmt: skip
    preview = exchange.preview_export(session, request)
    data = json.loads(preview.data_json)
    assert data["decided_by"] == {"name": "Björk", "role": "samordnare"}
    assert data["purpose"] == "Förhindra brott (Björk)" and data["legal_basis"]["note"] == "Björk"
    exchange.export_package(session, preview, tmp_path / "paket.p7m")
    [disclosure] = exchange.disclosures(session)
    assert (disclosure.decided_by, disclosure.purpose, disclosure.legal_basis_note) == (
        "Björk",
        "Förhindra brott (Björk)",
        "Björk",
    )


def test_a_failed_write_leaves_no_record_and_no_file(
    session: Session, filled: Filled, police: repo.RecipientRow, tmp_path: Path
) -> None:
    assert filled.case.id is not None
    preview = exchange.preview_export(session, _request([police], filled.case.id))
    audit_rows = len(_raw_audit(session))
    from kopingplan import files

    with pytest.raises(files.OutputFolderMissing):  # named before anything is signed
        exchange.export_package(session, preview, tmp_path / "saknas" / "paket.p7m")
    assert exchange.disclosure_count(session) == 0
    assert len(_raw_audit(session)) == audit_rows
    assert not (tmp_path / "saknas").exists()


def test_the_export_refuses_what_is_not_a_lawful_decision(
    session: Session, filled: Filled, police: repo.RecipientRow
) -> None:
    assert filled.case.id is not None
    case_id = filled.case.id
    unverified = exchange.add_recipient(session, second_police_identity().certificate_pem)
    refusals: list[tuple[dict[str, Any], type[Exception]]] = [
        ({"recipient_ids": ()}, ex.NoRecipient),
        ({"recipient_ids": (unverified.id,)}, ex.RecipientNotVerified),
        ({"legal_basis": "lagen om vad som helst"}, ex.LegalBasisUnknown),
        ({"decided_by": "  "}, errors.InvalidInput),
        ({"decided_by_role": ""}, errors.InvalidInput),
        ({"purpose": ""}, errors.InvalidInput),
        ({"cases": ()}, ex.NothingSelected),
        ({"cases": (exchange.CasePart(case_id, details=False),)}, ex.NothingSelected),
        ({"cases": (exchange.CasePart(9999),)}, errors.NotFound),
        ({"attachments": (exchange.Attachment("a.pdf", b"MZ"),)}, ex.AttachmentNotSendable),
    ]
    for changes, error in refusals:
        with pytest.raises(error):
            exchange.preview_export(session, _request([police], case_id, **changes))
    other = session.save(
        model.Case("Annat", model.Level.GENERAL, model.Orientation.OTHER, date(2026, 1, 1))
    )
    assert other.id is not None
    foreign = exchange.CasePart(other.id, note_ids=(filled.notes[0].id or 0,))
    with pytest.raises(errors.NotFound):  # a note of another case
        exchange.preview_export(session, _request([police], case_id, cases=(foreign,)))
    assert exchange.disclosure_count(session) == 0


def test_several_recipients_each_open_the_package_and_each_get_a_record(
    session: Session, filled: Filled, tmp_path: Path
) -> None:
    assert filled.case.id is not None
    first, second = (
        register(session, police_identity()),
        register(session, second_police_identity()),
    )
    preview = exchange.preview_export(session, _request([first, second], filled.case.id))
    result = exchange.export_package(session, preview, tmp_path / "paket.p7m")
    sealed = (tmp_path / "paket.p7m").read_bytes()
    for identity in (police_identity(), second_police_identity()):
        opened = cms.decrypt(sealed, identity.certificate, private_key(identity))
        assert (
            cms.verify(cms.read_signed(opened), shared_identity().certificate) == preview.zip_bytes
        )
    records = exchange.disclosures(session)
    assert {d.recipient_fingerprint for d in records} == {first.fingerprint, second.fingerprint}
    assert {d.content_sha256 for d in records} == {result.content_sha256}


# --- Round trip between two vaults --------------------------------------------------------------


def test_round_trip_between_two_vaults_and_back(
    session: Session, filled: Filled, police_vault: Session, tmp_path: Path
) -> None:
    assert filled.case.id is not None and filled.entry.id is not None
    police = register(session, police_identity())
    coordinator = register(police_vault, shared_identity())
    message = "Se bifogade uppgifter."
    request = _request(
        [police], filled.case.id, situation_entry_ids=(filled.entry.id,), message=message
    )
    exported = exchange.export_package(
        session, exchange.preview_export(session, request), tmp_path / "ut.p7m"
    )

    preview = exchange.open_package(police_vault, (tmp_path / "ut.p7m").read_bytes())
    assert preview.sender == coordinator and preview.package_id == exported.package_id
    assert preview.content_sha256 == exported.content_sha256
    assert preview.sender_terms.legal_basis == "OSL 10 kap. 18 a §"
    assert preview.sender_terms.decided_by == "Anna Lindqvist, samordnare"
    kinds = [r.kind for r in preview.records]
    assert kinds == ["message", "case", "note", "note", "measure", "situation"]
    police_case = police_vault.save(
        model.Case(
            "Polisens ärende", model.Level.INDIVIDUAL, model.Orientation.RIGHT, date(2026, 3, 1)
        )
    )
    assert police_case.id is not None
    links = {i: police_case.id for i, r in enumerate(preview.records) if r.reference}
    result = exchange.accept_import(police_vault, preview, links=links)
    assert result.case_ids == (police_case.id,)
    stored = exchange.incoming_items(police_vault, case_id=police_case.id)
    assert {item.text for item in stored if item.kind == "note"} == {NOTE_TEXT, OTHER_NOTE_TEXT}
    assert all(item.source == coordinator.label for item in stored)
    assert all(item.sender_fingerprint == shared_identity().fingerprint for item in stored)
    unlinked = [i for i in exchange.incoming_items(police_vault) if i.case_id is None]
    assert sorted(i.kind for i in unlinked) == ["message", "situation"]
    assert [i.text for i in unlinked if i.kind == "message"] == [message]
    case_item = next(i for i in stored if i.kind == "case")
    assert case_item.title == "Ärende Västra skolan"
    assert case_item.details["subjects"] == [{"name": "Alex Quirinsson", "birth_year": 2008}]
    logged = _raw_audit(police_vault)[-1]
    assert logged[0] == "exchange.import" and logged[3]["items"] == 6
    assert NOTE_TEXT not in json.dumps(_raw_audit(police_vault), ensure_ascii=False)

    # The liaison answers; the coordinator imports the answer, linked to the case.
    answer = exchange.preview_export(
        police_vault,
        exchange.ExportRequest(
            recipient_ids=(coordinator.id,),
            terms=DisclosureTerms("osl-10-28", "Karin Berg", "kontaktpolis", "Svar"),
            message="Personen är känd sedan tidigare.",
        ),
    )
    exchange.export_package(police_vault, answer, tmp_path / "svar.p7m")
    back = exchange.open_package(session, (tmp_path / "svar.p7m").read_bytes())
    exchange.accept_import(session, back, case_id=filled.case.id)
    [item] = exchange.incoming_items(session, case_id=filled.case.id)
    assert (item.kind, item.text, item.source) == (
        "message",
        "Personen är känd sedan tidigare.",
        "Kontaktpolis Karin Berg, Polisen lokalpolisområde Köping",
    )
    # The sender's own record of the disclosure stays with what came in (issue 16).
    assert item.sender_terms == model.SenderTerms(
        "OSL 10 kap. 28 §", "Karin Berg, kontaktpolis", "Svar"
    )
    # Retention: deleting the case deletes what came in about it.
    session.delete(model.Case, filled.case.id)
    assert exchange.incoming_items(session) == []


# --- The disclosure log -------------------------------------------------------------------------


def test_the_disclosure_log_filters_by_period_recipient_and_case(
    session: Session, filled: Filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert filled.case.id is not None
    first, second = (
        register(session, police_identity()),
        register(session, second_police_identity()),
    )
    # Within the certificates' validity, which began today: the exports are made as on days
    # to come, so the rules' "today" (a disclosure cannot be dated after it) is that of then.
    start = datetime(NOW.year, NOW.month, NOW.day, tzinfo=UTC) + timedelta(days=1)
    days = [start + timedelta(days=14, hours=10), start + timedelta(days=45, hours=10)]
    then = (start + timedelta(days=60)).date()
    validate = rules.validate
    monkeypatch.setattr(rules, "validate", lambda obj, today=None: validate(obj, today or then))
    for day, recipient in zip(days, (first, second), strict=True):
        preview = exchange.preview_export(session, _request([recipient], filled.case.id), now=day)
        exchange.export_package(session, preview, tmp_path / f"{day.month}.p7m", now=day)
    first_month = exchange.disclosures(session, since=start, until=start + timedelta(days=30))
    assert [d.recipient_fingerprint for d in first_month] == [first.fingerprint]
    assert exchange.disclosure_count(session, since=days[1]) == 1  # the start is included
    assert exchange.disclosure_count(session, until=days[0]) == 0  # the end is not
    assert [d.disclosed_at for d in exchange.disclosures(session)] == days[::-1]
    assert exchange.disclosure_count(session, recipient="Haddad") == 1
    assert exchange.disclosures(session, recipient=second.fingerprint)[0].disclosed_at == days[1]
    assert exchange.disclosure_count(session, recipient="%") == 0  # no wildcard from the user
    assert exchange.disclosure_count(session, case_id=filled.case.id) == 2
    assert exchange.disclosure_count(session, case_id=filled.case.id + 1) == 0


def test_demo_cases_with_everything_chosen_go_round_trip(
    session: Session, police_vault: Session, tmp_path: Path
) -> None:
    from kopingplan.services import demo

    demo.fill(session, cases=6, seed=3, notes_per_case=4)
    police = register(session, police_identity())
    register(police_vault, shared_identity())
    case_ids = [row[0] for row in session.vault.conn.execute("SELECT id FROM cases ORDER BY id")]
    entry_ids = [r[0] for r in session.vault.conn.execute("SELECT id FROM situation_entries")]
    parts = tuple(
        exchange.CasePart(i, subjects=True, all_notes=True, all_measures=True) for i in case_ids
    )
    request = _request([police], case_ids[0], cases=parts, situation_entry_ids=tuple(entry_ids))
    preview = exchange.preview_export(session, request)
    exchange.export_package(session, preview, tmp_path / "demo.p7m")
    opened = exchange.open_package(police_vault, (tmp_path / "demo.p7m").read_bytes())
    counts = preview.counts
    expected = counts["cases"] + counts["notes"] + counts["measures"] + counts["situation_entries"]
    assert len(opened.records) == expected and counts["notes"] == 6 * 4
    assert len(exchange.accept_import(police_vault, opened).item_ids) == expected
