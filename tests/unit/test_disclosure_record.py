"""The disclosure record knows whom it is about and what kind of recipient got it (issue 16):
exports, a brief attached to a package (a disclosure of its own), oral disclosures; the
disclosure report and the record of processing count every way information left."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from test_briefs_support import MEETING_AT, meeting_pdf, need, prepare, run, text_of
from test_consents import (  # the same vault a consent test builds
    _consent,
    _export_request,
    _oral,
    _refused_and_unchanged,
    _texts,
    world,
)
from test_exchange_fixtures import police_identity, register

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import accountability, consents, exchange, extract
from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

__all__ = ["world"]

SHOTS = Path("/tmp/shots")
BRIEF_PDF = b"%PDF-1.7\n% a signed brief, as far as the package is concerned\n%%EOF\n"


def _people(session: Session, w: dict[str, Any]) -> dict[str, int]:
    """The case's subject and mother, and its social worker (a professional)."""
    found = {}
    for key, given, role in (
        ("subject", "Adam", model.CaseRole.SUBJECT),
        ("mother", "Berit", model.CaseRole.RELATIVE),
        ("worker", "Cecilia", model.CaseRole.PROFESSIONAL),
    ):
        person = session.save(model.Person(given, "Ek"))
        session.save(model.CaseParticipant(w["case"].id, person.id, role))
        found[key] = person.id
    return found


def test_an_export_and_its_attached_brief_are_two_disclosures_about_the_case_people(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    people = _people(session, world)
    recipient = register(session, police_identity())
    request = _export_request(
        recipient,
        world["case"].id,
        legal_basis="osl-10-2",
        attachments=(exchange.Attachment("mötesunderlag.pdf", BRIEF_PDF),),
    )
    result = exchange.export_package(
        session, exchange.preview_export(session, request), tmp_path / "paket.p7m"
    )
    stored = {d.channel: d for d in exchange_repo.disclosures(session.vault.conn)}
    assert sorted(stored) == ["brief", "export"]
    export, brief = stored["export"], stored["brief"]
    assert {export.id, brief.id} == set(result.disclosure_ids)
    # The copy itself is identified by its own checksum, the package by the package's.
    assert brief.content_sha256 == hashlib.sha256(BRIEF_PDF).hexdigest()
    assert export.content_sha256 == result.content_sha256 != brief.content_sha256
    assert result.package_id in brief.content_description
    # Described without its file name, which would outlive the case in the register (this
    # PDF is no copy the vault's log recorded, so it has no document id to name).
    assert brief.content_description == (
        f"signerat underlag (PDF), bilaga i krypterat paket {result.package_id}"
    )
    assert "otesunderlag" not in export.content_description + brief.content_description
    for d in (export, brief):  # same recipient and terms, same kind, same people
        assert d.recipient == export.recipient and d.legal_basis == export.legal_basis
        assert d.recipient_kind == model.OrganisationKind.POLICE
    about = accountability.disclosure_subjects(session, [export.id, brief.id])
    expected = tuple(sorted((people["subject"], people["mother"])))  # not the professional
    assert about == {export.id: expected, brief.id: expected}
    entries = audit.entries(session.vault.conn)
    rows = [e for e in entries if (e.entity, e.entity_id) == ("disclosures", brief.id)]
    assert [(e.action, e.details["channel"], e.details["package_id"]) for e in rows] == [
        ("disclosures.create", "brief", result.package_id)
    ]


def test_a_refused_export_records_no_copy_of_its_brief_either(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    recipient = register(session, police_identity())
    consents.add_consent(session, _consent(world["case"].id))  # for the purpose asked …
    request = _export_request(
        recipient,
        world["case"].id,
        purpose="Utredning",  # … but not this one
        attachments=(exchange.Attachment("underlag.pdf", BRIEF_PDF),),
    )
    _refused_and_unchanged(
        session,
        lambda: exchange.export_package(
            session, exchange.preview_export(session, request), tmp_path / "p.p7m"
        ),
        consents.ConsentNotForPurpose,
    )
    assert not (tmp_path / "p.p7m").exists()


def test_an_oral_disclosure_knows_its_recipient_kind_and_whom_it_was_about(
    session: Session, world: dict[str, Any]
) -> None:
    people = _people(session, world)
    neighbour = session.save(model.Person("David", "Granne"))
    request = _oral(
        world,
        legal_basis="osl-10-2",
        person_id=None,
        organisation_id=world["school"].id,
        about_person_ids=(neighbour.id, neighbour.id),
    )
    disclosure = record_oral_disclosure(session, request, now=datetime.now(UTC))
    assert disclosure.recipient_kind == model.OrganisationKind.SCHOOL
    assert exchange_repo.disclosures(session.vault.conn)[0].recipient_kind == "school"
    about = accountability.disclosure_subjects(session, [disclosure.id])
    assert about[disclosure.id] == tuple(
        sorted((people["subject"], people["mother"], neighbour.id))
    )
    found = exchange.disclosures(session, person_id=neighbour.id)
    assert [d.id for d in found] == [disclosure.id]
    assert exchange.disclosure_count(session, person_id=people["worker"]) == 0
    assert exchange.disclosure_count(session, channel="oral") == 1
    assert exchange.disclosure_count(session, channel="export") == 0


def test_an_oral_disclosure_about_a_person_not_in_the_vault_changes_nothing(
    session: Session, world: dict[str, Any]
) -> None:
    request = _oral(world, legal_basis="osl-10-2", about_person_ids=(98765,))
    _refused_and_unchanged(
        session,
        lambda: record_oral_disclosure(session, request, now=datetime.now(UTC)),
        errors.NotFound,
    )


def test_the_disclosure_report_says_about_whom_to_what_kind_and_counts_every_way(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    people = _people(session, world)
    # Given on the day of the oral disclosure (an hour ago: yesterday in the first hour of a day).
    given_on = consents.local_day(_oral(world).disclosed_at)
    consents.add_consent(session, _consent(world["case"].id, given_on=given_on))
    record_oral_disclosure(
        session, _oral(world), now=datetime.now(UTC)
    )  # consent cited, to the police
    record_oral_disclosure(
        session,
        _oral(world, legal_basis="osl-10-2", person_id=None, case_ids=(),
              organisation_id=world["school"].id),
        now=datetime.now(UTC),
    )  # fmt: skip
    recipient = register(session, police_identity())
    request = _export_request(
        recipient,
        world["case"].id,
        attachments=(exchange.Attachment("underlag.pdf", BRIEF_PDF),),
    )
    exchange.export_package(session, exchange.preview_export(session, request), tmp_path / "p")
    text = _texts(
        accountability.disclosure_report(session, datetime.now(UTC) - timedelta(days=1), None)
    )
    assert (
        "Antal utlämnanden 4 Varav krypterade exporter 1 Varav kopior av underlag 1 "
        "Varav muntliga 2 Varav registerutdrag 0 Berörda ärenden 1 Berörda personer 2 "
        "Med samtycke som grund 3 Samtycken lämnade under perioden 1 "
        "Samtycken återkallade under perioden 0"
    ) in text
    subject, mother = sorted((people["subject"], people["mother"]))
    assert f"Ärende {world['case'].id} Personer {subject}, {mother} Muntligt" in text
    assert "Inget ärende Ingen känd person Muntligt" in text
    assert "Västra skolan Skola" in text
    assert "Summering per slag av mottagare Slag av mottagare Antal Polisen 3 Skola 1" in text


def test_the_record_of_processing_counts_copies_and_extracts_as_disclosures(
    session: Session, world: dict[str, Any]
) -> None:
    record_oral_disclosure(session, _oral(world, legal_basis="osl-10-2"), now=datetime.now(UTC))
    subject = _people(session, world)["subject"]
    with session.vault.transaction() as conn:  # a copy of a brief and a register extract
        for channel, recipient in (("brief", "Västra skolan"), ("extract", "Adam Ek")):
            exchange_repo.insert_disclosure(
                conn,
                model.Disclosure(
                    disclosed_at=datetime.now(UTC), recipient=recipient,
                    content_description=channel, content_sha256="ab" * 32,
                    legal_basis="OSL 10 kap. 2 §",
                    decided_by="Anna Lindqvist", channel=model.DisclosureChannel(channel),
                ),
                about=(subject,) if channel == "extract" else (),
                of_cases=False,
            )  # fmt: skip
    text = _texts(accountability.processing_record(session))
    assert (
        "Utlämnanden: 0 krypterade exporter, 1 kopior av underlag, 1 muntliga, 1 registerutdrag"
    ) in text
    assert "Registerutdrag (art. 15) Lämnade: 1" in text
    assert "registreras som utlämnande: 1 hittills" in text
    report = _texts(accountability.disclosure_report(session))
    assert "Varav kopior av underlag 1 Varav muntliga 1 Varav registerutdrag 1" in report
    assert f"Inget ärende Person {subject} Registerutdrag Adam Ek Den registrerade själv" in report


def test_incoming_information_keeps_the_senders_terms_into_the_register_extract(
    session: Session, world: dict[str, Any]
) -> None:
    people = _people(session, world)
    with session.vault.transaction() as conn:
        exchange_repo.insert_imported_package(
            conn, package_id="p-1", content_sha256="cd" * 32, sender_fingerprint="F",
            created_at=datetime.now(UTC).isoformat(), imported_at=datetime.now(UTC), items=1,
        )  # fmt: skip
        exchange_repo.insert_incoming_item(
            conn,
            exchange_repo.IncomingItemRow(
                package_id="p-1", received_at=datetime.now(UTC), source="Kontaktpolis Karin Berg",
                sender_fingerprint="F", kind="message", text="Känd sedan tidigare.",
                case_id=world["case"].id, sender_terms=model.SenderTerms(
                    "OSL 10 kap. 28 §", "Karin Berg, kontaktpolis", "Svar"),
            ),
        )  # fmt: skip
    [item] = exchange.incoming_items(session, case_id=world["case"].id)
    assert item.sender_terms == model.SenderTerms(
        "OSL 10 kap. 28 §", "Karin Berg, kontaktpolis", "Svar"
    )
    text = _texts(extract.gather(session, people["subject"]))
    assert (
        "Källa: Kontaktpolis Karin Berg · Avsändarens rättsliga grund: OSL 10 kap. 28 § · "
        "Beslutat av: Karin Berg, kontaktpolis · Ändamål: Svar"
    ) in text


def test_the_minutes_list_the_oral_disclosures_made_at_the_meeting_without_the_words(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session, cases=12)
    school = session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    said = "Eleven har pratat om att resa till en träning utomlands."

    def tell(meeting_id: int | None, purpose: str) -> None:
        record_oral_disclosure(
            session,
            OralDisclosureRequest(
                what=said,
                terms=DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", purpose),
                disclosed_at=MEETING_AT + timedelta(minutes=40),
                case_ids=(prepared.case_ids[0],),
                organisation_id=school.id,
                meeting_id=meeting_id,
            ),
            now=datetime.now(UTC),
        )

    tell(prepared.meeting_id, "Skolans stöd till eleven")
    tell(None, "Utanför mötet")  # not made at the meeting: not in its minutes
    pdf = meeting_pdf(session, prepared, tmp_path)
    text = " ".join(text_of(pdf).split())
    assert "Muntliga utlämnanden vid mötet" in text
    listed = text[text.index("Muntliga utlämnanden vid mötet") :]
    assert f"Östra skolan Ärende {prepared.case_ids[0]} OSL 10 kap. 2 § Skola" in listed
    assert "Beslut: Anna Lindqvist (samordnare) Skolans stöd till eleven" in text
    assert "Utanför mötet" not in text
    assert said not in text and "träning utomlands" not in text
    assert "Vad som sades finns i utlämnanderegistret" in text
    run(need("pdftoppm"), "-png", "-r", "60", str(pdf), str(tmp_path / "page"))
    SHOTS.mkdir(exist_ok=True)
    for page in sorted(tmp_path.glob("page-*.png"))[-1:]:
        shutil.copy(page, SHOTS / "minutes_oral_disclosures.png")


def test_an_oral_disclosure_at_a_meeting_not_in_the_vault_changes_nothing(
    session: Session, world: dict[str, Any]
) -> None:
    request = _oral(world, legal_basis="osl-10-2", meeting_id=424242)
    _refused_and_unchanged(
        session,
        lambda: record_oral_disclosure(session, request, now=datetime.now(UTC)),
        errors.NotFound,
    )


def test_a_long_period_lists_the_newest_and_counts_them_all(
    session: Session, world: dict[str, Any]
) -> None:
    from kopingplan.briefs.disclosure_report import MAX_LISTED

    with session.vault.transaction() as conn:
        for k in range(MAX_LISTED + 1):
            exchange_repo.insert_disclosure(
                conn,
                model.Disclosure(
                    disclosed_at=datetime.now(UTC) - timedelta(hours=MAX_LISTED + 1 - k),
                    recipient="Västra skolan",
                    content_description=f"utlämnande nummer {k:04d}",
                    content_sha256=hashlib.sha256(f"{k}".encode()).hexdigest(),
                    legal_basis="OSL 10 kap. 2 §",
                    decided_by="Anna Lindqvist",
                    case_ids=(world["case"].id,),
                    channel=model.DisclosureChannel.ORAL,
                    recipient_kind=model.OrganisationKind.SCHOOL,
                ),
            )
    text = _texts(accountability.disclosure_report(session))
    assert f"Antal utlämnanden {MAX_LISTED + 1}" in text
    assert (
        f"Perioden har {MAX_LISTED + 1} utlämnanden; här förtecknas de {MAX_LISTED} senaste" in text
    )
    assert "utlämnande nummer 0000" not in text  # the oldest is left out of the list …
    assert f"utlämnande nummer {MAX_LISTED:04d}" in text  # … the newest is in it
    assert f"Skola {MAX_LISTED + 1}" in text  # and the totals count every one
