"""Per-recipient minimisation (issue 16) for the case brief (PM) and the lägesbild brief: each
named copy is made from its own content, signed and recorded on its own.

A case brief's copy holds its recipient's content profile within the case choice; without a
profile, the coordinator's own default, which leaves the names out. A lägesbild copy holds the
whole picture (a profile names parts of a case); the entries' sources stay out of a copy
outside the own unit unless the coordinator ticks them for it, and the own unit's copy keeps
them (its PDF: tests/gui/test_brief_profiles_case.py). Checked as the
recipients read the PDFs (pdftotext) and as the disclosure log records them."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import RELATIVE_FAMILY, Prepared, prepare, text_of

from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs import labels
from kopingplan.briefs.document import BriefOptions, CaseContent, Table
from kopingplan.domain import model as m
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import briefs, content_profiles
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan kring ärendet")


def _parts(included: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a case among what the brief names (it names the title and status too)."""
    return tuple(part for part in included if part in cp.PARTS)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    prepared = prepare(session, cases=12)
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    church = session.save(m.Organisation("Församlingen", m.OrganisationKind.FAITH_COMMUNITY))
    assert police.id is not None and school.id is not None
    content_profiles.set_profile(session, police.id, ["level", "summary", "timeline", "relatives"])
    content_profiles.set_profile(session, school.id, ["level"])
    return {"prepared": prepared, "police": police, "school": school, "church": church}


def _to(*organisations: m.Organisation) -> list[CopyRecipient]:
    return [CopyRecipient(o.name, o.id, TERMS) for o in organisations]


def test_each_copy_of_a_case_brief_holds_its_recipients_profile(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    prepared: Prepared = world["prepared"]
    case_id = prepared.relative_case
    case = session.get(m.Case, case_id)
    # The coordinator's choice for the case: everything, the relatives' names too.
    chosen = CaseContent(timeline=True, measures=True, relatives=True, professionals=True)
    options = BriefOptions(per_case={case_id: chosen})
    to = _to(world["police"], world["school"], world["church"])
    brief, copies = content_profiles.case_copies(session, case_id, options, to)
    assert [c.document_id for c in copies] == [brief.document_id] * 3
    assert _parts(copies[0].included) == ("level", "summary", "timeline", "relatives")
    assert _parts(copies[1].included) == ("level",)
    # No profile: the coordinator's own default, names left out.
    assert "relatives" not in copies[2].included and "timeline" in copies[2].included

    out = tmp_path / "out"
    out.mkdir()
    paths = briefs.save(session, brief, out / "pm.pdf", to=to, per_copy=copies)
    police, school, church = (_flat(text_of(p)) for p in paths)
    summary = _flat(case.summary)
    assert summary and summary in police and summary not in school
    assert RELATIVE_FAMILY in police  # in the police's profile and the case choice
    assert RELATIVE_FAMILY not in school and RELATIVE_FAMILY not in church
    assert "Exemplar 2 av 3" in school and "Västra skolan" in school

    rows = sorted(
        (
            d
            for d in exchange_repo.disclosures(session.vault.conn)
            if brief.document_id in d.content_description
        ),
        key=lambda d: d.id or 0,
    )
    assert [d.recipient for d in rows] == ["Polisen Köping", "Västra skolan", "Församlingen"]
    assert [d.content_sha256 for d in rows] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in paths
    ]
    assert "sammanfattning" in rows[0].content_description
    assert "sammanfattning" not in rows[1].content_description
    # The audit row names what each copy held (names of parts, never content).
    (row,) = [r for r in audit.entries(session.vault.conn, action="brief.create")
              if r.details["document_id"] == brief.document_id]  # fmt: skip
    held = [c["parts"][str(case_id)] for c in row.details["recipients"]]
    assert "summary" in held[0] and "summary" not in held[1] and "relatives" not in held[2]


def test_a_case_copy_changed_by_hand_and_a_name_without_a_profile(
    session: Session, world: dict[str, Any]
) -> None:
    case_id = world["prepared"].relative_case
    options = BriefOptions(per_case={case_id: CaseContent(relatives=True)})
    to = [*_to(world["school"]), CopyRecipient("Okänd mottagare", None, None)]
    # The school's copy widened by hand to the summary; never beyond the case choice.
    brief, copies = content_profiles.case_copies(
        session, case_id, options, to, [{case_id: ("level", "summary", "timeline")}]
    )
    assert _parts(copies[0].included) == ("level", "summary")
    # A name the registry lacks has no profile: the coordinator's default, without the names.
    assert "relatives" in brief.included and "relatives" not in copies[1].included
    assert "summary" in copies[1].included


def _source_columns(brief: Any) -> list[bool]:
    """Per table of the lägesbild brief's entries, whether it has the source column."""
    entries = [
        b for b in brief.body if isinstance(b, Table) and labels.field("observation") in b.header
    ]
    return [labels.field("source") in table.header for table in entries]


def test_the_lagesbild_copies_hold_the_whole_picture_the_sources_outside_only_when_ticked(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    own = session.save(m.Organisation("Samordningen", m.OrganisationKind.OTHER, own_unit=True))
    to = _to(world["police"], world["school"], own)
    # The police's copy with the sources ticked by hand; the school's and the own unit's as
    # nobody changed them.
    changes = [{cp.SITUATION: ("sources",)}, None, None]
    brief, copies = content_profiles.situation_copies(session, BriefOptions(), to, changes)
    assert [c.document_id for c in copies] == [brief.document_id] * 3
    assert "situation_sources" in brief.included
    assert ["situation_sources" in c.included for c in copies] == [True, False, True]
    # The demo's entries, all of them in every copy; the source column in the police's (ticked)
    # and the own unit's, not in the school's (outside, by default).
    police, school, ours = (_source_columns(c) for c in copies)
    assert police and all(police) and all(ours) and len(school) == len(police)
    assert not any(school)
    rows = [[len(t.rows) for t in c.body if isinstance(t, Table)] for c in copies]
    assert rows[0] == rows[1] == rows[2]
    out = tmp_path / "out"
    out.mkdir()
    paths = briefs.save(session, brief, out / "lb.pdf", to=to, per_copy=copies)
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    held = [c["parts"] for c in row.details["recipients"]]
    assert held == [["situation", "situation_sources"], ["situation"], held[0]]
    # The school's copy says on its cover that the sources were left out; the others do not.
    police_text, school_text, own_text = (_flat(text_of(p)) for p in paths)
    assert "Källorna är utelämnade i detta exemplar" in school_text
    assert "Källorna är utelämnade" not in police_text
    assert "Källorna är utelämnade" not in own_text
    # The disclosure log tells a data protection officer which copy held the sources.
    logged = sorted(
        (
            d
            for d in exchange_repo.disclosures(session.vault.conn)
            if brief.document_id in d.content_description
        ),
        key=lambda d: d.id or 0,
    )
    assert [d.recipient for d in logged] == ["Polisen Köping", "Västra skolan"]
    assert "posternas källor" in logged[0].content_description
    assert "lägesbildens poster" in logged[1].content_description
    assert "posternas källor" not in logged[1].content_description


def test_a_copy_never_gets_sources_the_brief_left_out() -> None:
    options = BriefOptions(situation_sources=False)
    assert cp.situation_parts(options) == ()
    widened = cp.situation_copy_options(options, {cp.SITUATION: ("sources",)})
    assert not widened.situation_sources
    assert cp.situation_copy_options(BriefOptions(), None).situation_sources


def test_a_lagesbild_copy_outside_the_own_unit_is_without_sources_unless_kept(
    session: Session, world: dict[str, Any]
) -> None:
    """Nobody changed anything: the police's and a name the registry does not know lose the
    sources, the unnamed copy keeps them; a change that leaves them out of the own copy holds."""
    to = [*_to(world["police"]), CopyRecipient("Okänd mottagare", None, TERMS), CopyRecipient("")]
    _brief, copies = content_profiles.situation_copies(session, BriefOptions(), to)
    police, unknown, unnamed = (_source_columns(c) for c in copies)
    assert unnamed and all(unnamed)
    assert len(police) == len(unknown) == len(unnamed) and not any(police + unknown)
    changes = [None, None, {cp.SITUATION: ()}]
    _brief, copies = content_profiles.situation_copies(session, BriefOptions(), to, changes)
    assert ["situation_sources" in c.included for c in copies] == [False, False, False]
