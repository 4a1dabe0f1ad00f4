"""Where the register extract puts a record that may belong to a case: under its case when the
case is one the extract shows, else at the top of the record's own section (a contact, a
concern the person raised, a relative's support outside any case)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from test_extract import World, world

from kopingplan.briefs import extract as ex
from kopingplan.domain import model as m
from kopingplan.services import extract
from kopingplan.services.session import Session

__all__ = ["world"]


def _where(material: ex.ExtractMaterial) -> dict[str, tuple[str, str | None]]:
    return {part.id: (part.section, part.parent) for part in material.parts}


def test_a_record_of_a_shown_case_sits_under_it_and_one_without_in_its_own_section(
    session: Session, world: World
) -> None:
    w = world
    where = _where(extract.gather(session, w.person))
    concerns = {k: v for k, v in where.items() if k.startswith("concern:")}
    # The school's concern in the person's case, and the one the person raised about a friend.
    assert sorted(concerns.values(), key=str) == sorted(
        [("cases", f"case:{w.case}"), ("concerns", None)], key=str
    )
    assert where[f"contact:{w.contact}"] == ("contacts", None)
    assert where[f"relative_support:{w.thread}"] == ("cases", f"case:{w.case}")
    # A contact in the support goes where its support goes, under it.
    assert where[f"relative_support_contact:{w.thread_contact}"] == (
        "cases",
        f"relative_support:{w.thread}",
    )


def test_a_relatives_support_outside_any_case_is_in_its_own_section(
    session: Session, world: World
) -> None:
    with session.batch("test.fill") as batch:
        thread = batch.add(m.RelativeSupport(date(2026, 10, 2), "pappa", person_id=world.person))
        assert thread.id is not None
        talk = batch.add(
            m.RelativeSupportContact(
                thread.id, datetime(2026, 11, 3, 9, tzinfo=UTC), m.Channel.PHONE, "Orolig"
            )
        )
    where = _where(extract.gather(session, world.person))
    assert where[f"relative_support:{thread.id}"] == ("relative_support", None)
    assert where[f"relative_support_contact:{talk.id}"] == (
        "relative_support",
        f"relative_support:{thread.id}",
    )
