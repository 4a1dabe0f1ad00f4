"""The register extract (GDPR art. 15), read as the person who asked for it, the data protection
officer and a sceptical recipient would: everything about the person and nothing about anyone
else; a withheld part gone from the PDF's bytes and its text, with the ground said in its place;
the signature valid for poppler and pyHanko; the act recorded as a disclosure to the person with
the PDF's SHA-256 and the withheld parts by kind, id and ground, never their text; and every
refusal writing nothing."""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import pdfsig, pyhanko_validate, text_of

from kopingplan import files
from kopingplan.briefs import extract as ex
from kopingplan.domain import model as m
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.services import accountability, consents, extract, records
from kopingplan.services.extract import Withholding
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.repositories.concerns import CONCERNS

from support import shared_identity

SUBJECT = ("Leopold", "Fjällström")
RELATIVE = ("Birgitta", "Rosenqvist-Zetterlund")
SECRET_NOTE = "Fjärilsträdgården bakom idrottshallen"  # a note the coordinator withholds
KEPT_NOTE = "Samtal om skolan och framtiden"
OLD_TEXT = "Gammal felaktig uppgift om Kvarnbäcken"  # a note's text before correction
NEW_TEXT = "Rättad uppgift om Kvarnbäcken"
SAME_TEXT = "Oförändrad text om Blåklintsvägen"  # corrected only in its source
PROFESSIONAL_NOTE = "Anteckning i Sjöhagens ärende"  # a case where the person is staff
OTHER_NOTE = "Helt annat ärende om Rönnbärsgatan"
WORRY = "Oro för Lärkstigens nya vänner"
GROUND = "OSL 26 kap. 1 §"
DECISION = "Beslut: praktik via kommunen"
ACTION = "Kontakta arbetsförmedlingen"
CONTACT_NEW = "Ringde om praktikplats, rättad"
CONCERN_ABOUT = "Skolan oroad över nya vänner i Tallbacken"
CONCERN_RAISED = "Oro för en kompis i Sjöparken"
RAISER = "Rektor Ängström"


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


@dataclass
class World:
    person: int
    relative: int
    case: int
    closed_case: int
    professional_case: int
    other_case: int
    secret_note: int
    kept_note: int
    corrected_note: int
    same_note: int
    contact: int
    plan: int
    measure: int
    thread: int
    thread_contact: int
    consent: int
    disclosure: int


@pytest.fixture
def world(session: Session) -> World:
    with session.batch("test.fill") as batch:
        person = batch.add(m.Person(*SUBJECT, birth_year=2008, address="Storgatan 1"))
        relative = batch.add(m.Person(*RELATIVE))
        case = batch.add(
            m.Case("Ärende Tallbacken", m.Level.INDIVIDUAL, m.Orientation.RIGHT,
                   date(2026, 1, 5), summary="Vill lämna miljön.")
        )  # fmt: skip
        closed = batch.add(
            m.Case("Ärende Malmberget", m.Level.SPECIFIC, m.Orientation.LEFT, date(2020, 3, 1),
                   status=m.CaseStatus.CLOSED, closed_on=date(2021, 6, 30))
        )  # fmt: skip
        professional = batch.add(
            m.Case("Ärende Sjöhagen", m.Level.SPECIFIC, m.Orientation.OTHER, date(2026, 2, 1))
        )
        other = batch.add(
            m.Case("Ärende Rönnbär", m.Level.GENERAL, m.Orientation.UNCLEAR, date(2026, 2, 1))
        )
        ids = [x.id for x in (person, relative, case, closed, professional, other)]
        assert all(i is not None for i in ids)
        p, r, c, cc, pc, oc = (int(i or 0) for i in ids)
        batch.add(m.CaseParticipant(c, p, m.CaseRole.SUBJECT))
        batch.add(m.CaseParticipant(c, r, m.CaseRole.RELATIVE, "mamma"))
        batch.add(m.CaseParticipant(cc, p, m.CaseRole.SUBJECT))
        batch.add(m.CaseParticipant(pc, p, m.CaseRole.PROFESSIONAL, "fältassistent"))
        secret = batch.add(m.Note(c, _at(1), SECRET_NOTE))
        kept = batch.add(m.Note(c, _at(2), KEPT_NOTE, source="Polisen, kontaktpolis"))
        corrected = batch.add(m.Note(c, _at(3), OLD_TEXT))
        same = batch.add(m.Note(c, _at(4), SAME_TEXT, source="Skolan"))
        batch.add(m.Note(cc, _at(5), "Avslutat ärende, sista anteckningen"))
        batch.add(m.Note(pc, _at(6), PROFESSIONAL_NOTE))
        batch.add(m.Note(oc, _at(7), OTHER_NOTE))
        contact = batch.add(m.Contact(_at(8), m.Channel.PHONE, "Ringde om praktikplats",
                                      person_id=p))  # fmt: skip
        plan = batch.add(m.ExitPlan(c, _at(9), situation="Bor hos mamma", needs="Arbete"))
        assert plan.id is not None
        measure = batch.add(
            m.Measure(plan.id, "Praktik på kommunen", m.ActorKind.MUNICIPAL_UNIT, date(2026, 12, 1))
        )
        thread = batch.add(m.RelativeSupport(date(2026, 10, 1), "mamma", person_id=r, case_id=c))
        assert thread.id is not None
        thread_contact = batch.add(m.RelativeSupportContact(thread.id, _at(10), m.Channel.PHONE,
                                                            WORRY))  # fmt: skip
        disclosure = batch.add(
            m.Disclosure(_at(11), "Polisen i Köping", "Samtal om helgerna", "ab" * 32,
                         "OSL 10 kap. 2 §", "Anna Lindqvist", "Samordnare", "Förebygga brott",
                         case_ids=(c,), channel=m.DisclosureChannel.ORAL)
        )  # fmt: skip
        group = batch.add(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
        meeting = batch.add(m.Meeting(int(group.id or 0), _at(12), "Rådhuset"))
        item = batch.add(
            m.AgendaItem(int(meeting.id or 0), 0, m.AgendaItemKind.CASE, "Tallbacken", case_id=c,
                         notes="Gick igenom läget", decision=DECISION)
        )  # fmt: skip
        batch.add(m.MeetingAction(int(meeting.id or 0), ACTION, date(2026, 12, 20),
                                  agenda_item_id=item.id))  # fmt: skip
    with session.vault.transaction() as conn:  # concerns are stored by their own service
        mapping.insert(conn, CONCERNS,
            m.Concern(date(2025, 12, 1), m.ConcernSource.PERSON, m.ConcernChannel.PHONE,
                      CONCERN_ABOUT, _at(1), "Anna Lindqvist", raised_by=RAISER,
                      level=m.Level.INDIVIDUAL, decision=m.ConcernDecision.CASE_OPENED,
                      decided_on=date(2025, 12, 2), decided_by="Anna Lindqvist", case_id=c)
        )  # fmt: skip
        mapping.insert(conn, CONCERNS,
            m.Concern(date(2026, 11, 1), m.ConcernSource.PERSON, m.ConcernChannel.PHONE,
                      CONCERN_RAISED, _at(1), "Anna Lindqvist", person_id=p)
        )  # fmt: skip
    records.correct_note(session, replace(corrected, text=NEW_TEXT), "Fel gata")
    records.correct_contact(session, replace(contact, summary=CONTACT_NEW), "Fel dag")
    records.correct_note(session, replace(same, source="Skolan, kurator"), "Källa")
    consent = consents.add_consent(
        session,
        Consent(c, ConsentGiver.SUBJECT, ("Stöd att lämna",), date(2026, 10, 1),
                ConsentForm.WRITTEN, _at(1), "Anna Lindqvist", organisation_kinds=("police",)),
    )  # fmt: skip
    return World(
        p, r, c, cc, pc, oc, int(secret.id or 0), int(kept.id or 0), int(corrected.id or 0),
        int(same.id or 0), int(contact.id or 0), int(plan.id), int(measure.id or 0),
        int(thread.id), int(thread_contact.id or 0), int(consent.id or 0),
        int(disclosure.id or 0),
    )  # fmt: skip


def _state(session: Session) -> tuple[int, int]:
    conn = session.vault.conn
    audit_rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    disclosures = conn.execute("SELECT count(*) FROM disclosures").fetchone()[0]
    return int(audit_rows), int(disclosures)


def _make(
    session: Session, world: World, out: Path, withhold: dict[str, str] | None = None, **kw: Any
) -> extract.MadeExtract:
    items = [Withholding(k, v) for k, v in (withhold or {}).items()]
    return extract.save(session, world.person, out, items, **kw)


# --- What is gathered -------------------------------------------------------------------------


def test_the_parts_are_everything_about_the_person_and_nothing_else(
    session: Session, world: World
) -> None:
    material = extract.gather(session, world.person)
    ids = [part.id for part in material.parts]
    w = world
    expected = {
        f"person:{w.person}", f"case:{w.case}", f"case:{w.closed_case}",
        f"case:{w.professional_case}", f"note:{w.secret_note}", f"note:{w.kept_note}",
        f"note:{w.corrected_note}", f"contact:{w.contact}", f"exit_plan:{w.plan}",
        f"measure:{w.measure}", f"relative_support:{w.thread}",
        f"relative_support_contact:{w.thread_contact}", f"consent:{w.consent}",
        f"disclosure:{w.disclosure}",
    }  # fmt: skip
    assert expected <= set(ids)
    assert f"case:{w.other_case}" not in ids
    assert {p.kind for p in material.parts} >= {"agenda_item", "contact_version"}
    versions = [part for part in material.parts if part.kind == "note_version"]
    assert {v.parent for v in versions} == {f"note:{w.corrected_note}", f"note:{w.same_note}"}
    # Children follow their parent; a professional's case brings its role, not its notes.
    assert ids.index(f"note:{w.secret_note}") > ids.index(f"case:{w.case}")
    assert not [p for p in material.parts if p.parent == f"case:{w.professional_case}"]
    assert set(material.case_ids) == {w.case, w.closed_case, w.professional_case}
    printed = "\n".join(ex.printed_texts(ex.register_extract(material, {}, _issuer())))
    for absent in (PROFESSIONAL_NOTE, OTHER_NOTE, RELATIVE[1], "Ärende Rönnbär", RAISER):
        assert absent not in printed
    for present in (SECRET_NOTE, NEW_TEXT, OLD_TEXT, WORRY, "Praktik på kommunen",
                    "Stöd att lämna", "Polisen i Köping", "fältassistent", DECISION, ACTION,
                    "Insatsgruppen", CONTACT_NEW, "Ringde om praktikplats",
                    CONCERN_ABOUT, CONCERN_RAISED, "Oro som du har anmält"):  # fmt: skip
        assert present in printed


def _streams(data: bytes) -> list[bytes]:
    """Every stream of the PDF, inflated where it is compressed (page content, fonts' maps,
    metadata): the withheld text must not hide in one."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    assert found, "no streams found"
    return found


def _issuer() -> Any:
    from kopingplan.briefs.compose import Issuer

    return Issuer("RU-TEST-0000", _at(20), "Anna Lindqvist", "Köpings kommun", "SEKRETESS")


def test_a_closed_case_shows_the_day_it_is_deleted(session: Session, world: World) -> None:
    material = extract.gather(session, world.person)
    closed = material.part(f"case:{world.closed_case}")
    assert closed is not None
    rows = dict(row for block in closed.blocks if isinstance(block, ex.Facts) for row in block.rows)
    # Closed 2021-06-30, its last note 2026-11-05: five years after the note.
    assert rows["Gallras"] == "2031-11-05"
    open_case = material.part(f"case:{world.case}")
    assert open_case is not None
    assert "så länge ärendet är öppet" in str(open_case.blocks)


def test_an_unknown_person_is_not_found(session: Session, world: World) -> None:
    from kopingplan import errors

    with pytest.raises(errors.NotFound):
        extract.gather(session, world.person + 1000)


# --- The signed PDF ---------------------------------------------------------------------------


def test_a_withheld_note_is_gone_from_the_pdf_and_its_ground_is_there(
    session: Session, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "utdrag.pdf"
    made = _make(session, world, out, {f"note:{world.secret_note}": GROUND})
    data = out.read_bytes()
    for raw in (data, *_streams(data)):  # the file, and every stream in it unpacked
        assert SECRET_NOTE.encode() not in raw and b"Fj\xc3\xa4rilstr" not in raw
        assert "Fjärilsträdgården".encode("utf-16-be") not in raw
    text = " ".join(text_of(out).split())
    assert "Fjärilsträdgården" not in text
    assert f"En anteckning har undantagits från utdraget. Skäl: {GROUND}" in text
    assert "1 del med stöd av: OSL 26 kap. 1 §" in text
    assert KEPT_NOTE in text and "Polisen, kontaktpolis" in text
    assert OLD_TEXT in text and NEW_TEXT in text  # the earlier version too (art. 16)
    assert made.sha256 == hashlib.sha256(data).hexdigest()

    report = pdfsig(out)
    assert "Signature is Valid." in report and "Total document signed" in report
    certificate = tmp_path / "samordnare.pem"
    certificate.write_bytes(shared_identity().certificate_pem)
    valid, said = pyhanko_validate(out, certificate)
    assert valid, said
    assert extract.suggested_name(world.person, date(2026, 12, 5)) == (
        f"Registerutdrag 2026-12-05 person {world.person}.pdf"
    )


def test_making_it_is_a_disclosure_to_the_person_with_the_withheld_parts_named(
    session: Session, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "utdrag.pdf"
    made = _make(session, world, out, {f"note:{world.secret_note}": GROUND})
    row = session.vault.conn.execute(
        "SELECT recipient, channel, content_sha256, content_description, case_ids"
        " FROM disclosures WHERE id = ?",
        (made.disclosure_id,),
    ).fetchone()
    assert row[0] == " ".join(SUBJECT) and row[1] == "extract"
    assert row[2] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"note:{world.secret_note}: {GROUND}" in row[3] and SECRET_NOTE not in row[3]
    assert set(json.loads(row[4])) == {world.case, world.closed_case, world.professional_case}
    # About the person alone, not everyone in their cases (schema v9).
    about = accountability.disclosure_subjects(session, [made.disclosure_id])
    assert about == {made.disclosure_id: (world.person,)}
    action, entity, entity_id, details = session.vault.conn.execute(
        "SELECT action, entity, entity_id, details FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert (action, entity, entity_id) == ("persons.extract", "persons", world.person)
    found = json.loads(details)
    assert found["withheld"] == [{"kind": "note", "id": world.secret_note, "ground": GROUND}]
    assert found["sha256"] == made.sha256 and found["disclosure"] == made.disclosure_id
    assert SECRET_NOTE not in details
    # The next extract lists this one among the disclosures to the person.
    again = extract.gather(session, world.person)
    assert f"disclosure:{made.disclosure_id}" in {p.id for p in again.parts}


def test_a_withheld_case_takes_everything_under_it_with_one_line(
    session: Session, world: World
) -> None:
    material = extract.gather(session, world.person)
    brief = extract.compose(session, material, {f"case:{world.case}": "Annans uppgifter"})
    printed = "\n".join(ex.printed_texts(brief))
    for gone in (SECRET_NOTE, KEPT_NOTE, WORRY, "Ärende Tallbacken", "Praktik på kommunen"):
        assert gone not in printed
    assert printed.count("har undantagits från utdraget") == 1
    assert "Ett ärende, med allt som hör till det har undantagits" in printed
    assert "Ärende Malmberget" in printed  # the other case is still there


# --- Refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("withhold", "error"),
    [
        ({"note:999999": GROUND}, extract.ExtractPartUnknown),
        ({"anteckning": GROUND}, extract.ExtractPartUnknown),
        ({"NOTE": ""}, extract.ExtractGroundMissing),
        ({"NOTE": "  "}, extract.ExtractGroundMissing),
        ({"NOTE": "rad ett\nrad två"}, extract.ExtractGroundMissing),
        ({"NOTE": "x" * 301}, extract.ExtractGroundMissing),
        ({"NOTE": f"Skäl: {SECRET_NOTE}"}, extract.ExtractWithheldShown),
        ({"SAME_VERSION": GROUND}, extract.ExtractWithheldShown),
    ],
)
def test_a_refused_extract_writes_nothing(
    session: Session, world: World, tmp_path: Path, withhold: dict[str, str], error: type
) -> None:
    material = extract.gather(session, world.person)
    version = next(
        p.id for p in material.parts if p.kind == "note_version"
        and p.parent == f"note:{world.same_note}"
    )  # fmt: skip
    names = {"NOTE": f"note:{world.secret_note}", "SAME_VERSION": version}
    items = {names.get(k, k): v for k, v in withhold.items()}
    before = _state(session)
    out = tmp_path / "utdrag.pdf"
    with pytest.raises(error):
        _make(session, world, out, items)
    assert not out.exists() and _state(session) == before


def test_an_existing_file_is_not_replaced_without_leave(
    session: Session, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "utdrag.pdf"
    out.write_bytes(b"earlier")
    before = _state(session)
    with pytest.raises(files.OutputExists):
        _make(session, world, out)
    assert out.read_bytes() == b"earlier" and _state(session) == before
    made = _make(session, world, out, overwrite=True)
    assert out.read_bytes() != b"earlier" and made.disclosure_id
