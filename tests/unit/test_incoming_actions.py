"""An incoming item after the import (issue 16): linked to a case one by one, and an attached
file saved as a plain copy on the coordinator's act. Each is one audit row of ids and
checksums, never content; each refusal changes nothing and writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from test_cli import kopingplan
from test_cli_briefs import vault_args

from incoming_samples import PDF, add_items
from kopingplan import errors, files
from kopingplan.services import exchange
from kopingplan.services.exchange.incoming_actions import (
    IncomingAlreadyLinked,
    IncomingHasNoFile,
)
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity, snapshot


def state(session: Session) -> tuple[Any, ...]:
    conn = session.vault.conn
    return (
        conn.execute("SELECT id, case_id FROM incoming_items ORDER BY id").fetchall(),
        conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
    )


def last_audit(session: Session) -> Any:
    return audit.entries(session.vault.conn, limit=1)[0]


def test_an_item_is_linked_once_and_shows_in_the_case(session: Session) -> None:
    case_id, message, _pdf = add_items(session)
    linked = exchange.link_incoming(session, message, case_id)
    assert linked.case_id == case_id
    row = last_audit(session)
    assert (row.action, row.entity, row.entity_id) == ("incoming_items.link", "incoming_items",
                                                      message)  # fmt: skip
    assert row.details == {"case": case_id}
    shown = exchange.incoming_items(session, case_id=case_id)
    assert [item.id for item in shown] == [message]
    # Linked already: a second link is refused and changes nothing.
    before = state(session)
    with pytest.raises(IncomingAlreadyLinked, match=f"linked to case {case_id} already"):
        exchange.link_incoming(session, message, case_id)
    assert state(session) == before


@pytest.mark.parametrize("which", ["case", "item"])
def test_a_link_to_what_does_not_exist_changes_nothing(session: Session, which: str) -> None:
    case_id, message, _pdf = add_items(session)
    before = state(session)
    with pytest.raises(errors.NotFound):
        if which == "case":
            exchange.link_incoming(session, message, case_id + 40)
        else:
            exchange.link_incoming(session, message + 40, case_id)
    assert state(session) == before


def test_an_attached_file_is_saved_byte_for_byte_and_logged_by_its_checksum(
    session: Session, tmp_path: Path
) -> None:
    _case, message, pdf = add_items(session)
    out = tmp_path / "kopia.pdf"
    digest = exchange.save_incoming_copy(session, pdf, out)
    assert out.read_bytes() == PDF
    assert digest == hashlib.sha256(PDF).hexdigest()
    row = last_audit(session)
    assert (row.action, row.entity_id) == ("incoming_items.save", pdf)
    assert row.details == {"size": len(PDF), "sha256": digest}
    # An existing file is not replaced, and an item without a file has nothing to save.
    before = state(session)
    with pytest.raises(files.FileError):
        exchange.save_incoming_copy(session, pdf, out)
    with pytest.raises(IncomingHasNoFile):
        exchange.save_incoming_copy(session, message, tmp_path / "tom.pdf")
    assert state(session) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["kopia.pdf"]


def test_the_command_line_links_an_item_and_refuses_a_missing_case(tmp_path: Path) -> None:
    folder = tmp_path / "valv"
    with Session.create(VaultPaths(folder), PASSPHRASE, name=OWNER, organisation=ORGANISATION,
                        kdf_params=FAST_KDF, identity=shared_identity()) as session:  # fmt: skip
        case_id, message, _pdf = add_items(session)
    before = snapshot(folder)
    refused = kopingplan(*vault_args(folder), "incoming", "link", str(message), "--case",
                         str(case_id + 40), stdin=PASSPHRASE)  # fmt: skip
    assert refused.returncode != 0 and "There is no case" in refused.stderr
    assert snapshot(folder) == before
    linked = kopingplan(*vault_args(folder), "incoming", "link", str(message), "--case",
                        str(case_id), stdin=PASSPHRASE)  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.strip() == f"Incoming item {message} is linked to case {case_id}."
