"""A meeting brief's lägesbild section in the copies (issue 16, review fixes 56): each entry's
source is what someone told the coordinator in confidence, so a copy outside the own unit is
without the sources unless the coordinator keeps them for that copy; the own unit's copy and
the coordinator's own keep them. Checked as a recipient reads the PDF (pdftotext) and as the
disclosure log describes each copy."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import MEETING_AT, prepare, text_of

from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model as m
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import briefs, content_profiles
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as exchange_repo

TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan i insatsgruppen")
SOURCE = "Zetterqvisttipset"  # one word each: a table cell wraps between words
OBSERVATION = "Zetaklistermärken"


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    prepared = prepare(session, cases=12)
    session.save(
        m.SituationEntry(
            observed_on=MEETING_AT.date() - timedelta(days=2),
            milieu="Centrum",
            orientation=m.Orientation.RIGHT,
            observation=OBSERVATION,
            source=SOURCE,
        )
    )
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    own = session.save(m.Organisation("Samordningen", m.OrganisationKind.OTHER, own_unit=True))
    return {"meeting": prepared.meeting_id, "police": police, "own": own}


def _flat(path: Path) -> str:
    return " ".join(text_of(path).split())


def _logged(session: Session, document_id: str) -> list[str]:
    rows = sorted(
        (
            d
            for d in exchange_repo.disclosures(session.vault.conn)
            if document_id in d.content_description
        ),
        key=lambda d: d.id or 0,
    )
    return [d.content_description for d in rows]


def test_a_police_copy_of_a_meeting_brief_is_without_the_sources_by_default(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    police, own = world["police"], world["own"]
    to = [CopyRecipient(police.name, police.id, TERMS), CopyRecipient(own.name, own.id, None)]
    brief, copies = content_profiles.meeting_copies(session, world["meeting"], BriefOptions(), to)
    assert "situation_sources" in brief.included  # the coordinator's own choice
    assert "situation_sources" not in copies[0].included
    assert "situation_sources" in copies[1].included  # the own unit's copy keeps them
    out = tmp_path / "out"
    out.mkdir()
    paths = briefs.save(session, brief, out / "mote.pdf", to=to, per_copy=copies)
    police_text, own_text = (_flat(p) for p in paths)
    assert OBSERVATION in police_text and OBSERVATION in own_text  # the whole picture
    assert SOURCE not in police_text and SOURCE in own_text
    assert "Källorna är utelämnade i detta exemplar" in police_text
    assert "Källorna är utelämnade" not in own_text
    (described,) = _logged(session, brief.document_id)  # the police's copy only
    assert "lägesbildens poster" in described and "posternas källor" not in described


def test_the_coordinator_keeps_the_sources_in_one_copy(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    police = world["police"]
    to = [CopyRecipient(police.name, police.id, TERMS), CopyRecipient("Okänd", None, TERMS)]
    changes = [{cp.SITUATION: ("sources",)}, None]
    brief, copies = content_profiles.meeting_copies(
        session, world["meeting"], BriefOptions(), to, changes
    )
    assert "situation_sources" in copies[0].included
    # A name the registry does not know is outside the own unit: without them.
    assert "situation_sources" not in copies[1].included
    out = tmp_path / "out"
    out.mkdir()
    paths = briefs.save(session, brief, out / "mote.pdf", to=to, per_copy=copies)
    assert SOURCE in _flat(paths[0]) and SOURCE not in _flat(paths[1])
    kept, left = _logged(session, brief.document_id)
    assert "posternas källor" in kept and "posternas källor" not in left


def test_no_copy_gets_sources_the_brief_left_out_or_a_lagesbild_it_lacks(
    session: Session, world: dict[str, Any]
) -> None:
    police = world["police"]
    to = [CopyRecipient(police.name, police.id, TERMS)]
    keep = [{cp.SITUATION: ("sources",)}]
    without = BriefOptions(situation_sources=False)
    _, (copy,) = content_profiles.meeting_copies(session, world["meeting"], without, to, keep)
    assert "situation_sources" not in copy.included
    _, (copy,) = content_profiles.meeting_copies(
        session, world["meeting"], BriefOptions(situation=False), to, keep
    )
    assert "situation" not in copy.included and "situation_sources" not in copy.included
    assert cp.situation_default(BriefOptions(), outside=True) == ()
    assert cp.situation_default(BriefOptions(), outside=False) == ("sources",)
