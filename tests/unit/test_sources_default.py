"""One rule for the lägesbild's sources in every copy (issue 16), as the audit log records it:
the `brief.create` row names, per copy of a meeting or lägesbild brief, whether it held the
lägesbild and its sources (names of parts, never content). A copy outside the own unit is
without the sources unless the coordinator ticks them for it; the own unit's copy and the
unnamed copy keep them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_brief_profiles_copies import TERMS, world

from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model as m
from kopingplan.services import briefs, content_profiles
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session
from kopingplan.storage import audit

__all__ = ["world"]  # the fixture, from the copies' own tests

BOTH = ["situation", "situation_sources"]


def _recipients(session: Session, world: dict[str, Any]) -> list[CopyRecipient]:
    """The police twice (once by default, once ticked by hand) and the own unit."""
    own = session.save(m.Organisation("Samordningen", m.OrganisationKind.OTHER, own_unit=True))
    police = world["police"]
    return [
        CopyRecipient(police.name, police.id, TERMS),
        CopyRecipient(police.name, police.id, TERMS),
        CopyRecipient(own.name, own.id, None),
    ]


def _held(session: Session, document_id: str) -> list[Any]:
    (row,) = [r for r in audit.entries(session.vault.conn, action="brief.create")
              if r.details["document_id"] == document_id]  # fmt: skip
    return [copy.get("situation") for copy in row.details["recipients"]]


CHANGES = [None, {cp.SITUATION: ("sources",)}]


def test_the_audit_row_names_which_lagesbild_copy_held_the_sources(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    to = _recipients(session, world)
    brief, copies = content_profiles.situation_copies(session, BriefOptions(), to, CHANGES)
    briefs.save(session, brief, tmp_path / "lb.pdf", to=to, per_copy=copies)
    assert _held(session, brief.document_id) == [["situation"], BOTH, BOTH]
    # Unnamed copies (none for a recipient) are the coordinator's brief as it is.
    brief, _copies = content_profiles.situation_copies(session, BriefOptions())
    briefs.save(session, brief, tmp_path / "own.pdf", copies=2)
    assert _held(session, brief.document_id) == [BOTH, BOTH]


def test_the_audit_row_names_which_meeting_copy_held_the_lagesbild_and_its_sources(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    meeting_id = world["prepared"].meeting_id
    to = _recipients(session, world)
    brief, copies = content_profiles.meeting_copies(
        session, meeting_id, BriefOptions(), to, CHANGES
    )
    assert "situation_sources" in brief.included  # the meeting has entries with sources
    briefs.save(session, brief, tmp_path / "mote.pdf", to=to, per_copy=copies)
    assert _held(session, brief.document_id) == [["situation"], BOTH, BOTH]
    # Without the lägesbild, every copy says so: it held none of it.
    options = BriefOptions(situation=False)
    brief, copies = content_profiles.meeting_copies(session, meeting_id, options, to, CHANGES)
    briefs.save(session, brief, tmp_path / "utan.pdf", to=to, per_copy=copies)
    assert _held(session, brief.document_id) == [[], [], []]


def test_a_case_brief_names_no_lagesbild(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    case_id = world["prepared"].relative_case
    to = _recipients(session, world)
    brief, copies = content_profiles.case_copies(session, case_id, BriefOptions(), to)
    briefs.save(session, brief, tmp_path / "pm.pdf", to=to, per_copy=copies)
    assert _held(session, brief.document_id) == [None] * 3
