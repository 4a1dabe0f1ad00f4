"""A corrected concern's earlier versions in the register extract (art. 16, issue 17): each is a
part under the concern with the day, how, what and why it was corrected, never who raised it;
it can be withheld (its words then gone from the brief) and goes with a withheld concern."""

from __future__ import annotations

import dataclasses

from test_extract import CONCERN_RAISED, GROUND, RAISER, World, world

from kopingplan.briefs import extract as ex
from kopingplan.services import concerns, extract
from kopingplan.services.session import Session

__all__ = ["world"]

NEW_WORDS = "Oro för en kompis vid Sjöparkens brygga"


def _corrected(session: Session, world: World) -> tuple[int, int]:
    material = extract.gather(session, world.person)
    (raised,) = [p for p in material.parts if p.kind == "concern" and CONCERN_RAISED in p.texts]
    concern_id = int(raised.id.partition(":")[2])
    stored = concerns.get_concern(session, concern_id)
    corrected = dataclasses.replace(stored, description=NEW_WORDS)
    concerns.correct_intake(session, concern_id, corrected, "Fel plats")
    (version,) = concerns.concern_versions(session, concern_id)
    return concern_id, version.id


def test_the_earlier_version_is_a_part_under_the_concern(session: Session, world: World) -> None:
    concern_id, version_id = _corrected(session, world)
    material = extract.gather(session, world.person)
    ids = [p.id for p in material.parts]
    assert ids.index(f"concern_version:{version_id}") == ids.index(f"concern:{concern_id}") + 1
    part = material.part(f"concern_version:{version_id}")
    assert part is not None and part.parent == f"concern:{concern_id}"
    shown = ex.preview(part)
    assert CONCERN_RAISED in shown and "Fel plats" in shown and RAISER not in shown
    printed = "\n".join(ex.printed_texts(extract.compose(session, material, {})))
    assert CONCERN_RAISED in printed and NEW_WORDS in printed


def test_a_withheld_version_or_concern_leaves_no_earlier_words(
    session: Session, world: World
) -> None:
    concern_id, version_id = _corrected(session, world)
    material = extract.gather(session, world.person)
    for withheld in (f"concern_version:{version_id}", f"concern:{concern_id}"):
        brief = extract.compose(session, material, {withheld: GROUND})
        printed = "\n".join(ex.printed_texts(brief))
        assert CONCERN_RAISED not in printed and "Fel plats" not in printed
    brief = extract.compose(session, material, {f"concern_version:{version_id}": GROUND})
    assert "En tidigare version av en anmälan om oro har undantagits" in "\n".join(
        ex.printed_texts(brief)
    )
