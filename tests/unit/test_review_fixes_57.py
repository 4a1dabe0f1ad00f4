"""Review fixes (helper 57) in the core: an incoming item's link reason is checked by the
vault's one rule for forbidden characters; drafts whose record is gone are deleted."""

from __future__ import annotations

import pytest
from test_incoming_links import second_case, state

from incoming_samples import add_items
from kopingplan.services import exchange
from kopingplan.services.exchange import incoming_actions as actions
from kopingplan.services.session import Session
from kopingplan.storage import drafts


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\x7f", "\u2066"])
def test_a_reason_with_a_non_character_is_refused_and_changes_nothing(
    session: Session, character: str
) -> None:
    first, message, _pdf = add_items(session)
    right = second_case(session)
    exchange.link_incoming(session, message, first)
    before = state(session)
    with pytest.raises(actions.IncomingReasonNotText):
        exchange.link_incoming(session, message, right, f"Fel ärende{character}")
    with pytest.raises(actions.IncomingReasonNotText):
        exchange.unlink_incoming(session, message, f"Fel{character} ärende")
    assert state(session) == before


def test_tabs_and_line_breaks_stay_allowed_in_a_reason(session: Session) -> None:
    first, message, _pdf = add_items(session)
    exchange.link_incoming(session, message, first)
    moved = exchange.unlink_incoming(session, message, "Fel ärende:\tgäller\r\nen annan elev")
    assert moved.case_id is None
    assert exchange.link_history(session, message)[-1].reason == (
        "Fel ärende:\tgäller\nen annan elev"
    )


def test_orphan_drafts_go_by_their_owner_and_the_rest_stay(session: Session) -> None:
    """Due-item drafts (``todo_done``, ``<kind>:<id>``) and drafts begun from a case or a
    meeting (any other kind, ``case:<id>``) are deleted when their record is gone."""
    first, _message, _pdf = add_items(session)
    kept = [("brief", f"case:{first}"), ("note", str(first))]
    gone = [("todo_done", "measure:999"), ("brief", "case:999"), ("oral", "meeting:999")]
    with session.vault.transaction() as conn:
        for kind, ref in kept + gone:
            drafts.save(conn, kind, ref, {"values": {}})
        # A due-item draft whose ref looks like a brief's ("case:N") is not a brief's draft.
        drafts.save(conn, "todo_done", "case:999", {"values": {}})
        removed = drafts.delete_orphans(conn)
        left = {(kind, ref) for kind, ref, _at in drafts.listing(conn)}
    assert removed == len(gone)
    assert left == {*kept, ("todo_done", "case:999")}
