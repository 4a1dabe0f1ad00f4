"""Per-recipient minimisation (issue 16): one meeting brief, a different copy for each
organisation at the table, as its content profile says; each copy its own disclosure.

Checked as the recipients and a data protection officer would: the text of each copy
(pdftotext), its bytes (every stream unpacked), its signature (pdfsig, pyhanko), and the
disclosure log (one row per copy, with that copy's SHA-256 and what it held)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import (
    NOTE_MARKER,
    RELATIVE_FAMILY,
    Prepared,
    pdf_streams,
    pdfsig,
    prepare,
    pyhanko_validate,
    text_of,
)

from kopingplan import errors
from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import BriefOptions, CaseContent, default_case_content
from kopingplan.domain import model as m
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import briefs, content_profiles
from kopingplan.services.brief_disclosures import CopyRecipient, DisclosureTermsMissing
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

from support import shared_identity, snapshot

TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan i insatsgruppen")
POLICE_PARTS = ("level", "orientation", "summary", "measures", "timeline", "relatives")
SCHOOL_PARTS = ("level", "orientation")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _absent(path: Path, text: str) -> None:
    """Neither in the copy's extracted text nor anywhere in its bytes, streams unpacked."""
    assert _flat(text) not in _flat(text_of(path))
    for raw in (path.read_bytes(), *pdf_streams(path.read_bytes())):
        assert text.encode() not in raw and text.encode("utf-16-be") not in raw


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    prepared = prepare(session, cases=12)
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    assert police.id is not None and school.id is not None
    assert content_profiles.set_profile(session, police.id, POLICE_PARTS)
    assert content_profiles.set_profile(session, school.id, SCHOOL_PARTS)
    return {"prepared": prepared, "police": police, "school": school}


def _to(world: dict[str, Any], terms: DisclosureTerms | None = TERMS) -> list[CopyRecipient]:
    return [
        CopyRecipient(world["police"].name, world["police"].id, terms),
        CopyRecipient(world["school"].name, world["school"].id, terms),
    ]


def test_a_profile_is_stored_audited_and_falls_back_to_the_group_default(
    session: Session,
) -> None:
    police = session.save(m.Organisation("Polisen", m.OrganisationKind.POLICE))
    assert police.id is not None
    assert content_profiles.profile(session, police.id) is None
    assert content_profiles.set_profile(session, police.id, ["measures", "level", "nonsense"])
    assert content_profiles.profile(session, police.id) == {"level", "measures"}
    assert not content_profiles.set_profile(session, police.id, ["level", "measures"])
    rows = audit.entries(session.vault.conn, action="organisations.update")
    assert [r.details for r in rows] == [
        {"fields": ["content_profile"], "parts": ["level", "measures"]}
    ]
    assert content_profiles.set_profile(session, police.id, None)
    assert content_profiles.profile(session, police.id) is None
    # Without a profile a copy gets what the group kind gives by default, within the case.
    kind = m.GroupKind.YOUTH_GROUP
    case = default_case_content(m.GroupKind.INTERVENTION_GROUP)
    got = cp.copy_contents(BriefOptions(per_case={7: case}), [7], kind, None)
    assert got[7] == cp.narrowed(case, default_case_content(kind).chosen())
    assert not got[7].measures and got[7].summary
    with pytest.raises(errors.NotFound):
        content_profiles.set_profile(session, police.id + 999, ["level"])


def test_a_copy_never_holds_more_than_the_case_choice() -> None:
    case = CaseContent(summary=False, measures=True)
    got = cp.copy_contents(BriefOptions(per_case={3: case}), [3], None, frozenset(cp.PARTS))
    assert got[3] == case  # every part in the profile, still only what the case has
    left_out = BriefOptions(excluded_cases=frozenset({3}))
    assert cp.copy_contents(left_out, [3], None, frozenset(cp.PARTS)) == {}
    changed = cp.copy_contents(BriefOptions(per_case={3: case}), [3], None, None, {3: ["level"]})
    assert changed[3].chosen() == ("level",)


def test_two_copies_differ_exactly_as_the_profiles_say(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    prepared: Prepared = world["prepared"]
    first = session.get(m.Case, prepared.relative_case)
    brief, copies = content_profiles.meeting_copies(session, prepared.meeting_id, to=_to(world))
    assert [c.document_id for c in copies] == [brief.document_id] * 2
    out = tmp_path / "out"
    out.mkdir()
    paths = briefs.save(session, brief, out / "mote.pdf", to=_to(world), per_copy=copies)
    police, school = paths
    police_text, school_text = _flat(text_of(police)), _flat(text_of(school))

    # The police's profile has the summary, the measures and the newest notes.
    assert NOTE_MARKER in police_text and "Senaste anteckningar" in police_text
    assert _flat(first.summary) in police_text
    # The relatives' names: in the police's profile, but not in the case choice (the
    # insatsgrupp's default leaves them out), so not in the copy either.
    assert RELATIVE_FAMILY not in police_text
    # The school's profile has level and orientation only.
    for text in (NOTE_MARKER, first.summary, "Senaste anteckningar", RELATIVE_FAMILY):
        _absent(school, text)
    assert first.title in school_text  # the agenda still names every case
    assert "Exemplar 2 av 2" in school_text and "Västra skolan" in school_text

    # Each copy is its own disclosure, with its own SHA-256 and what it held.
    disclosures = exchange_repo.disclosures(session.vault.conn)
    by_recipient = {d.recipient: d for d in disclosures if d.channel is m.DisclosureChannel.BRIEF}
    assert set(by_recipient) == {"Polisen Köping", "Västra skolan"}
    for path, name in ((police, "Polisen Köping"), (school, "Västra skolan")):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert by_recipient[name].content_sha256 == sha
    police_held = by_recipient["Polisen Köping"].content_description
    school_held = by_recipient["Västra skolan"].content_description
    assert f"Ärende {first.id}: nivå, inriktning, sammanfattning, insatser" in police_held
    assert f"Ärende {first.id}: nivå, inriktning;" in school_held
    assert "senaste anteckningar" in police_held and "senaste anteckningar" not in school_held
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    assert row.details["recipients"][1]["parts"][str(first.id)] == ["level", "orientation"]

    # Both verify from outside, as the existing brief tests check it.
    certificate = tmp_path / "samordnare.pem"
    certificate.write_bytes(shared_identity().certificate_pem)
    for path in paths:
        report = pdfsig(path)
        assert "Signature is Valid." in report and "Total document signed" in report
        valid, said = pyhanko_validate(path, certificate)
        assert valid, said


def test_a_copy_changed_for_one_case_and_an_unnamed_copy(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    prepared: Prepared = world["prepared"]
    first = prepared.relative_case
    # The coordinator gives the school the summary of the first case, for this copy only.
    changes = [None, {first: ("level", "orientation", "summary")}]
    _, copies = content_profiles.meeting_copies(
        session, prepared.meeting_id, to=_to(world), changes=changes
    )
    assert copies[1].case_parts[first] == ("level", "orientation", "summary")
    assert copies[1].case_parts[prepared.case_ids[1]] == ("level", "orientation")
    # An unnamed copy (the coordinator's own) keeps the case choice.
    options = BriefOptions().with_case(first, replace(CaseContent(), summary=False))
    brief, (own,) = content_profiles.meeting_copies(
        session, prepared.meeting_id, options, to=[CopyRecipient()]
    )
    assert own.case_parts == brief.case_parts
    assert "summary" not in own.case_parts[first]


def test_refusals_change_nothing(session: Session, world: dict[str, Any], tmp_path: Path) -> None:
    prepared: Prepared = world["prepared"]
    out = tmp_path / "out"
    out.mkdir()
    to = _to(world, None)  # outside the own unit, without legal basis and decision maker
    brief, copies = content_profiles.meeting_copies(session, prepared.meeting_id, to=to)
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    log = audit.entries(session.vault.conn)
    rows = exchange_repo.disclosures(session.vault.conn)
    with pytest.raises(DisclosureTermsMissing):
        briefs.save(session, brief, out / "mote.pdf", to=to, per_copy=copies)
    with pytest.raises(errors.InvalidInput):  # one brief per copy, or none
        briefs.save(session, brief, out / "mote.pdf", to=_to(world), per_copy=copies[:1])
    assert list(out.iterdir()) == []
    assert exchange_repo.disclosures(session.vault.conn) == rows
    assert audit.entries(session.vault.conn) == log
    assert snapshot(session.vault_folder) == before


def test_printed_copies_are_each_a_disclosure_of_what_they_held(
    session: Session, world: dict[str, Any]
) -> None:
    prepared: Prepared = world["prepared"]
    first = prepared.relative_case
    to = [*_to(world), CopyRecipient("Grannkommunen", terms=TERMS)]  # a name not in the registry
    brief, copies = content_profiles.meeting_copies(session, prepared.meeting_id, to=to)
    made = briefs.produce(
        session, brief, copies=3, recipients=[c.name for c in to], per_copy=copies
    )
    assert len({copy.sha256 for copy in made}) == 3
    briefs.record_print(session, brief, made, "Skrivaren", to=to)
    rows = [
        d for d in exchange_repo.disclosures(session.vault.conn)
        if d.channel is m.DisclosureChannel.BRIEF
    ]  # fmt: skip
    held = {d.recipient: (d.content_sha256, d.content_description) for d in rows}
    assert [held[c.name][0] for c in to] == [copy.sha256 for copy in made]
    assert "(utskrivet)" in held["Västra skolan"][1]
    assert f"Ärende {first}: nivå, inriktning;" in held["Västra skolan"][1]
    # Unknown to the registry: no profile, so the insatsgrupp's default within the case choice.
    default = default_case_content(m.GroupKind.INTERVENTION_GROUP).chosen()
    assert copies[2].case_parts[first] == default
