"""The audit log is append-only and tamper-evident: an attacker with the key is caught."""

from __future__ import annotations

import pytest
import sqlcipher3

from kopingplan.storage import audit
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE, raw_connection


@pytest.fixture
def logged(vault_paths: VaultPaths) -> VaultPaths:
    with (
        Vault.create(vault_paths, PASSPHRASE, kdf_params=FAST_KDF) as vault,
        vault.transaction() as conn,
    ):
        for n in range(1, 6):
            audit.append(conn, "Anna", "case.update", "case", n, {"fields": ["title"]})
    return vault_paths


def problems(paths: VaultPaths) -> list[audit.AuditProblem]:
    with Vault.open(paths, PASSPHRASE) as vault:
        return audit.verify(vault.conn)


def tamper(paths: VaultPaths, *statements: str) -> None:
    conn = raw_connection(paths, PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_an_untouched_log_verifies(logged: VaultPaths) -> None:
    assert problems(logged) == []


def test_the_program_cannot_update_or_delete_rows(logged: VaultPaths) -> None:
    with Vault.open(logged, PASSPHRASE) as vault:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            vault.conn.execute("UPDATE audit_log SET actor = 'Bo' WHERE seq = 2")
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            vault.conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_a_changed_row_is_reported_by_its_number(logged: VaultPaths) -> None:
    tamper(logged, "UPDATE audit_log SET actor = 'Någon annan' WHERE seq = 3")
    assert audit.AuditProblem(3, "changed") in problems(logged)


def test_a_removed_row_is_reported(logged: VaultPaths) -> None:
    tamper(logged, "DELETE FROM audit_log WHERE seq = 2")
    found = problems(logged)
    assert audit.AuditProblem(3, "removed") in found
    assert audit.AuditProblem(3, "chain") in found


def test_an_inserted_row_is_reported(logged: VaultPaths) -> None:
    tamper(
        logged,
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3",
        "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000",
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash,"
        " row_hash) SELECT 3, at, actor, 'case.open', 'case', 9, '{}', row_hash, row_hash"
        " FROM audit_log WHERE seq = 2",
    )
    found = problems(logged)
    assert audit.AuditProblem(3, "changed") in found
    assert min(p.seq for p in found) == 3  # rows before the insertion still verify


def test_rows_cut_off_the_end_are_reported(logged: VaultPaths) -> None:
    tamper(logged, "DELETE FROM audit_log WHERE seq >= 4")
    assert [p.kind for p in problems(logged)] == ["head"]


def test_rows_hold_no_content(logged: VaultPaths) -> None:
    with Vault.open(logged, PASSPHRASE) as vault:
        rows = audit.entries(vault.conn, entity="case")
    assert [r.entity_id for r in rows] == [5, 4, 3, 2, 1]
    assert rows[0].details == {"fields": ["title"]}
