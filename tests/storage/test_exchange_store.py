"""The exchange tables (schema v2): recipients, imported packages, incoming items, and the
disclosure log's queries, on a real keyed SQLCipher database."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.storage import mapping, repositories
from kopingplan.storage.repositories import exchange as repo
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
FINGERPRINT = " ".join(["ABCD"] * 16)
DATA = Path(__file__).resolve().parent.parent / "data"


def _recipient(conn: Any, fingerprint: str = FINGERPRINT, name: str = "Kontaktpolis") -> int:
    return repo.insert_recipient(
        conn,
        repo.NewRecipient(
            name=name, organisation="Polisen", certificate_der=b"\x30\x03\x02\x01\x01",
            fingerprint=fingerprint, subject="CN=Kontaktpolis", issuer="CN=Polisens CA",
            not_before=AT - timedelta(days=10), not_after=AT + timedelta(days=365),
            added_at=AT, added_by="Anna Lindqvist",
        ),
    )  # fmt: skip


def _case(conn: Any) -> int:
    case = model.Case("Ärende", model.Level.SPECIFIC, model.Orientation.LEFT, date(2026, 1, 1))
    return mapping.insert(conn, repositories.CASES, case)


def _package(conn: Any, package_id: str = "paket-0001", sha: str = "a" * 64) -> None:
    repo.insert_imported_package(
        conn, package_id=package_id, content_sha256=sha, sender_fingerprint=FINGERPRINT,
        created_at="2026-11-19T10:00:00+01:00", imported_at=AT, items=1,
    )  # fmt: skip


def _item(**changes: Any) -> repo.IncomingItemRow:
    values: dict[str, Any] = {
        "package_id": "paket-0001", "received_at": AT, "source": "Kontaktpolis, Polisen",
        "sender_fingerprint": FINGERPRINT, "kind": "message", "text": "Uppgift från polisen",
    }  # fmt: skip
    values.update(changes)
    return repo.IncomingItemRow(**values)


def test_a_recipient_reads_back_and_is_verified_once(conn: Any) -> None:
    new_id = _recipient(conn)
    stored = repo.recipient(conn, new_id)
    assert (stored.name, stored.organisation, stored.fingerprint) == (
        "Kontaktpolis", "Polisen", FINGERPRINT,
    )  # fmt: skip
    assert stored.certificate_der == b"\x30\x03\x02\x01\x01"
    assert stored.not_after == AT + timedelta(days=365) and not stored.verified
    assert stored.label == "Kontaktpolis, Polisen"
    repo.mark_verified(conn, new_id, AT, "Anna Lindqvist")
    verified = repo.recipient(conn, new_id)
    assert (
        verified.verified
        and verified.verified_at == AT
        and verified.verified_by == "Anna Lindqvist"
    )
    assert repo.recipient_by_fingerprint(conn, FINGERPRINT) == verified
    assert repo.recipients(conn, verified_only=True) == [verified]
    with pytest.raises(errors.NotFound):
        repo.recipient(conn, new_id + 1)


def test_one_certificate_is_registered_once(conn: Any) -> None:
    _recipient(conn)
    with pytest.raises(sqlcipher3.IntegrityError):
        _recipient(conn, name="Samma certifikat")


def test_verified_and_its_time_go_together(conn: Any) -> None:
    new_id = _recipient(conn)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE recipients SET verified = 1 WHERE id = ?", (new_id,))


def test_an_import_is_found_again_by_package_id_or_by_checksum(conn: Any) -> None:
    _package(conn)
    assert repo.imported_package(conn, "paket-0001", "b" * 64) is not None
    found = repo.imported_package(conn, "paket-0002", "a" * 64)
    assert found is not None and found.imported_at == AT and found.items == 1
    assert repo.imported_package(conn, "paket-0002", "b" * 64) is None
    with pytest.raises(sqlcipher3.IntegrityError):
        _package(conn, "paket-0003", "a" * 64)
    with pytest.raises(sqlcipher3.IntegrityError):
        _package(conn, "paket-0001", "c" * 64)


def test_incoming_items_go_with_their_case(conn: Any) -> None:
    case_id, other_id = _case(conn), _case(conn)
    _package(conn)
    pdf = b"%PDF-1.7 bilaga"
    about = repo.insert_incoming_item(conn, _item(case_id=case_id, details={"källa": "tips"}))
    repo.insert_incoming_item(
        conn, _item(kind="attachment", title="a.pdf", text="", attachment=pdf)
    )
    repo.insert_incoming_item(conn, _item(case_id=other_id))
    [stored] = repo.incoming_items(conn, case_id=case_id)
    assert stored.id == about and stored.details == {"källa": "tips"}
    assert stored.received_at == AT and stored.attachment is None
    assert len(repo.incoming_items(conn, package_id="paket-0001")) == 3
    mapping.delete(conn, repositories.CASES, case_id)
    assert repo.incoming_items(conn, case_id=case_id) == []
    assert repo.exchange_counts(conn)["incoming_items"] == 2
    [attachment] = [i for i in repo.incoming_items(conn) if i.kind == "attachment"]
    assert attachment.attachment == pdf


@pytest.mark.parametrize(
    "changes",
    [{"kind": "rumour"}, {"kind": "attachment"}, {"attachment": b"%PDF"},
     {"package_id": "never-imported"}, {"case_id": 999}],
    ids=["kind", "attachment-missing", "attachment-on-message", "package", "case"],
)  # fmt: skip
def test_the_schema_refuses_inconsistent_items(conn: Any, changes: dict[str, Any]) -> None:
    _package(conn)
    with pytest.raises(sqlcipher3.IntegrityError):
        repo.insert_incoming_item(conn, _item(**changes))


def _disclosure(
    conn: Any, at: datetime, recipient: str, fingerprint: str, cases: tuple[int, ...]
) -> int:
    return repo.insert_disclosure(
        conn,
        model.Disclosure(
            disclosed_at=at, recipient=recipient, content_description="1 ärende",
            content_sha256="d" * 64, legal_basis="OSL 10 kap. 2 §", decided_by="Anna",
            recipient_fingerprint=fingerprint, case_ids=cases,
        ),
    )  # fmt: skip


def test_the_disclosure_log_filters(conn: Any) -> None:
    other = " ".join(["1234"] * 16)
    first = _disclosure(conn, AT, "Karin Berg, Polisen", FINGERPRINT, (1, 2))
    second = _disclosure(conn, AT + timedelta(days=31), "Omar 100%_Haddad, Polisen", other, (2,))
    assert [d.id for d in repo.disclosures(conn)] == [second, first]  # newest first
    assert [d.id for d in repo.disclosures(conn, since=AT + timedelta(days=1))] == [second]
    assert [d.id for d in repo.disclosures(conn, until=AT + timedelta(days=1))] == [first]
    assert [d.id for d in repo.disclosures(conn, recipient="karin")] == [first]
    assert [d.id for d in repo.disclosures(conn, recipient=other)] == [second]
    assert [d.id for d in repo.disclosures(conn, recipient="100%_")] == [second]
    assert repo.disclosure_count(conn, recipient="_") == 1  # literal, not a wildcard
    assert repo.disclosure_count(conn, case_id=2) == 2
    assert [d.id for d in repo.disclosures(conn, case_id=1)] == [first]
    assert repo.disclosure_count(conn, case_id=12) == 0
    assert [d.id for d in repo.disclosures(conn, limit=1, offset=1)] == [first]


def test_what_an_export_reads(conn: Any) -> None:
    case_id = _case(conn)
    for day in (5, 3):
        note = model.Note(case_id, datetime(2026, 1, day, tzinfo=UTC), f"Anteckning {day}")
        mapping.insert(conn, repositories.NOTES, note)
    assert [n.text for n in repo.notes_of_case(conn, case_id)] == ["Anteckning 3", "Anteckning 5"]
    assert repo.current_measures(conn, case_id) == []
    old = mapping.insert(conn, repositories.EXIT_PLANS, model.ExitPlan(case_id, AT))
    new = mapping.insert(
        conn, repositories.EXIT_PLANS,
        model.ExitPlan(case_id, AT + timedelta(days=1), revision=2, supersedes_id=old),
    )  # fmt: skip
    old_measure = mapping.insert(
        conn, repositories.MEASURES,
        model.Measure(old, "Tidigare", model.ActorKind.POLICE, date(2026, 1, 1)),
    )  # fmt: skip
    mapping.insert(
        conn, repositories.MEASURES,
        model.Measure(new, "Aktuell", model.ActorKind.FAMILY, date(2026, 2, 1)),
    )  # fmt: skip
    assert [m.description for m in repo.current_measures(conn, case_id)] == ["Aktuell"]
    assert repo.measure_of_case(conn, case_id, old_measure) is not None
    assert repo.measure_of_case(conn, _case(conn), old_measure) is None


def test_the_first_released_vault_gains_the_exchange_tables(tmp_path: Path) -> None:
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    with Vault.open(VaultPaths(folder), PASSPHRASE) as vault:
        assert repo.exchange_counts(vault.conn) == {
            "recipients": 0, "imported_packages": 0, "incoming_items": 0,
        }  # fmt: skip
        assert repo.disclosure_count(vault.conn) == repositories.counts(vault.conn)["disclosures"]
