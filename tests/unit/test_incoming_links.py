"""An incoming item linked to the wrong case is moved to another case or unlinked, with a reason
(issue 16). Every link, move and unlink is kept in the item's link history, audited by ids,
followed by retention (the item's current link decides) and carried into the register extract
of a person whose case the item is in now. Every refusal says why and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_cli import kopingplan
from test_cli_briefs import vault_args

from incoming_samples import add_items
from kopingplan import errors
from kopingplan.briefs import extract as ex
from kopingplan.briefs.document import Text
from kopingplan.domain import model as m
from kopingplan.services import exchange, extract, retention
from kopingplan.services.exchange import incoming_actions as actions
from kopingplan.services.extract_incoming import NOT_GIVEN
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity, snapshot

WRONG = "Fel ärende: uppgiften gäller en annan elev."
LATER = date(2030, 1, 1)  # far enough for an item of 2026 to be due without a case


def state(session: Session) -> tuple[Any, ...]:
    conn = session.vault.conn
    return (
        conn.execute("SELECT id, case_id FROM incoming_items ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM incoming_item_links ORDER BY id").fetchall(),
        conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
    )


def last_audit(session: Session) -> tuple[str, int | None, dict[str, Any]]:
    row = audit.entries(session.vault.conn, limit=1)[0]
    return row.action, row.entity_id, row.details


def second_case(session: Session, title: str = "Backen") -> int:
    case = session.save(m.Case(title, m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 10, 2)))
    return int(case.id or 0)


def test_link_move_and_unlink_are_kept_in_the_history_and_audited(session: Session) -> None:
    first, message, _pdf = add_items(session)
    right = second_case(session)

    exchange.link_incoming(session, message, first)
    assert last_audit(session) == ("incoming_items.link", message, {"case": first})
    moved = exchange.link_incoming(session, message, right, f"  {WRONG}\r\n")
    assert moved.case_id == right
    assert last_audit(session) == ("incoming_items.relink", message, {"from": first, "to": right})
    assert [i.id for i in exchange.incoming_items(session, case_id=right)] == [message]
    assert exchange.incoming_items(session, case_id=first) == []
    unlinked = exchange.unlink_incoming(session, message, "Gäller ingen av våra ärenden.")
    assert unlinked.case_id is None
    assert last_audit(session) == ("incoming_items.unlink", message, {"from": right})

    history = exchange.link_history(session, message)
    assert [(c.from_case, c.to_case, c.reason) for c in history] == [
        (None, first, ""),
        (first, right, WRONG),  # trimmed, as the vault stores typed text
        (right, None, "Gäller ingen av våra ärenden."),
    ]
    assert {c.changed_by for c in history} == {session.actor}
    assert history[0].changed_at <= history[1].changed_at <= history[2].changed_at
    # The audit log holds ids, never the reason.
    rows = audit.entries(session.vault.conn, limit=3)
    assert all(WRONG not in str(row.details) for row in rows)


@pytest.mark.parametrize(
    ("attempt", "refusal", "message_part"),
    [
        ("unknown item", errors.NotFound, "There is no incoming item with number"),
        ("unknown case", errors.NotFound, "There is no case with number"),
        ("same case", actions.IncomingAlreadyLinked, "already. Nothing was changed."),
        ("move without reason", actions.IncomingRelinkNeedsReason, "Give a reason to move it"),
        ("move with blank reason", actions.IncomingRelinkNeedsReason, "Give a reason"),
        ("unlink without reason", actions.IncomingUnlinkNeedsReason, "Give a reason to take"),
        ("unlink an unlinked item", actions.IncomingNotLinked, "is not linked to any case"),
        ("huge reason", actions.IncomingReasonTooLong, "at most 1000 characters"),
        ("control characters", actions.IncomingReasonNotText, "control characters"),
        ("bidi override", actions.IncomingReasonNotText, "control characters"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(
    session: Session, attempt: str, refusal: type[Exception], message_part: str
) -> None:
    first, message, pdf = add_items(session)
    right = second_case(session)
    exchange.link_incoming(session, message, first)
    before = state(session)
    calls = {
        "unknown item": lambda: exchange.link_incoming(session, message + 99, right, WRONG),
        "unknown case": lambda: exchange.link_incoming(session, message, right + 99, WRONG),
        "same case": lambda: exchange.link_incoming(session, message, first, WRONG),
        "move without reason": lambda: exchange.link_incoming(session, message, right),
        "move with blank reason": lambda: exchange.link_incoming(session, message, right, " \n"),
        "unlink without reason": lambda: exchange.unlink_incoming(session, message, "   "),
        "unlink an unlinked item": lambda: exchange.unlink_incoming(session, pdf, WRONG),
        "huge reason": lambda: exchange.link_incoming(session, message, right, "x" * 1001),
        "control characters": lambda: exchange.unlink_incoming(session, message, "a\x00b"),
        "bidi override": lambda: exchange.link_incoming(session, message, right, "a\u202eb"),
    }
    with pytest.raises(refusal) as raised:
        calls[attempt]()
    assert message_part in str(raised.value)
    assert state(session) == before


def test_retention_follows_the_items_current_link(session: Session) -> None:
    first, message, _pdf = add_items(session)

    def due() -> list[int]:
        return [
            item.id
            for item in retention.review_list(session, today=LATER)
            if item.kind is retention.RetentionKind.INCOMING_ITEM
        ]

    assert message in due()  # no case: the period of items without a case
    exchange.link_incoming(session, message, first)
    assert message not in due()  # in a case: the case's retention applies
    with pytest.raises(retention.RetentionNotDue):
        retention.delete(session, [(retention.RetentionKind.INCOMING_ITEM, message)], today=LATER)
    exchange.unlink_incoming(session, message, WRONG)
    assert message in due()
    retention.delete(session, [(retention.RetentionKind.INCOMING_ITEM, message)], today=LATER)
    # The history goes with the item: nothing of the reason is left.
    assert session.vault.conn.execute("SELECT count(*) FROM incoming_item_links").fetchone() == (0,)


def _person_in(session: Session, case_id: int) -> int:
    with session.batch("test.fill") as batch:
        person = batch.add(m.Person("Elias", "Nordin", birth_year=2009))
        batch.add(m.CaseParticipant(case_id, int(person.id or 0), m.CaseRole.SUBJECT))
    return int(person.id or 0)


def _texts(part: Any) -> str:
    return "\n".join(block.text for block in part.blocks if isinstance(block, Text))


def test_the_extract_carries_the_history_of_an_item_in_the_persons_case_only(
    session: Session,
) -> None:
    first, message, _pdf = add_items(session)
    right = second_case(session)
    in_right, in_first = _person_in(session, right), _person_in(session, first)
    exchange.link_incoming(session, message, first)
    exchange.link_incoming(session, message, right, WRONG)

    parts = {p.id: p for p in extract.gather(session, in_right, today=LATER).parts}
    item = parts[f"incoming_item:{message}"]
    history = [p for p in parts.values() if p.kind == "incoming_link"]
    assert [p.parent for p in history] == [item.id, item.id]
    assert "Kopplad till ärende" in _texts(history[0])
    assert f"Flyttad från ärende {first} till ärende {right}" in _texts(history[1])
    assert f"Skäl: {WRONG}" in _texts(history[1]) and history[1].texts == (WRONG,)
    ids = list(parts)
    assert ids.index(item.id) < ids.index(history[0].id)  # reviewed right under the item
    # An item received before v9 has none of the sender's terms: said, not left blank.
    assert _texts(item).count(NOT_GIVEN) == 3
    # Printed with the item; withheld with it (a withheld item takes its history along).
    material = extract.gather(session, in_right, today=LATER)
    shown = "\n".join(ex.printed_texts(extract.compose(session, material, {})))
    assert WRONG in shown and NOT_GIVEN in shown
    withheld = {item.id: "OSL 18 kap. 1 §"}
    hidden = "\n".join(ex.printed_texts(extract.compose(session, material, withheld)))
    assert WRONG not in hidden and "Hör av dig om Elias Nordin." not in hidden

    # The person of the case it was moved away from gets neither the item nor its history.
    earlier = [p.id for p in extract.gather(session, in_first, today=LATER).parts]
    assert not any(part.startswith(("incoming_item:", "incoming_link:")) for part in earlier)


def test_the_command_line_moves_and_unlinks_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "valv"
    with Session.create(VaultPaths(folder), PASSPHRASE, name=OWNER, organisation=ORGANISATION,
                        kdf_params=FAST_KDF, identity=shared_identity()) as session:  # fmt: skip
        first, message, _pdf = add_items(session)
        right = second_case(session)
        exchange.link_incoming(session, message, first)
    args = vault_args(folder)
    before = snapshot(folder)
    refused = kopingplan(*args, "incoming", "link", str(message), "--case", str(right),
                         stdin=PASSPHRASE)  # fmt: skip
    assert refused.returncode != 0 and "Give a reason to move it" in refused.stderr
    no_reason = kopingplan(*args, "incoming", "unlink", str(message), stdin=PASSPHRASE)
    assert no_reason.returncode != 0 and "--reason" in no_reason.stderr
    assert snapshot(folder) == before

    moved = kopingplan(*args, "incoming", "link", str(message), "--case", str(right),
                       "--reason", WRONG, stdin=PASSPHRASE)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == f"Incoming item {message} is linked to case {right}."
    unlinked = kopingplan(*args, "incoming", "unlink", str(message), "--reason", "Fel",
                          stdin=PASSPHRASE)  # fmt: skip
    assert unlinked.returncode == 0, unlinked.stderr
    assert unlinked.stdout.strip() == f"Incoming item {message} is linked to no case."
    with Session.open(VaultPaths(folder), PASSPHRASE, kdf_params=FAST_KDF) as session:
        history = exchange.link_history(session, message)
    assert [(c.from_case, c.to_case, c.reason) for c in history][1:] == [
        (first, right, WRONG),
        (right, None, "Fel"),
    ]
