"""The vault's health: what it is (:func:`info`: schema, owner, certificate, cipher, how many
records of each kind) and whether it is whole (:func:`check`: SQLite's integrity check and the
audit log's hash chain). Read only; neither writes an audit row."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kopingplan.services.session import OWNER_NAME, OWNER_ORGANISATION, Session
from kopingplan.storage import audit, identities, repositories


@dataclass(frozen=True)
class VaultInfo:
    folder: Path
    schema_version: int
    created_at: str
    owner: str
    organisation: str
    certificate_fingerprint: str
    cipher: dict[str, str]
    counts: dict[str, int]


@dataclass(frozen=True)
class CheckReport:
    integrity_problems: list[str]
    audit_problems: list[audit.AuditProblem]
    audit_rows: int

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.audit_problems


def info(session: Session) -> VaultInfo:
    vault = session.vault
    with vault.read() as conn:
        identity = identities.active(conn)
        return VaultInfo(
            folder=vault.paths.folder,
            schema_version=vault.schema_version(),
            created_at=vault.meta("created_at") or "",
            owner=identities.get_setting(conn, OWNER_NAME),
            organisation=identities.get_setting(conn, OWNER_ORGANISATION),
            certificate_fingerprint=identity.fingerprint if identity else "",
            cipher=vault.cipher_settings(),
            counts=repositories.counts(conn),
        )


def check(session: Session) -> CheckReport:
    # One read block: the audit chain is streamed, not read into memory row by row
    # first (which vault.conn does outside a block), and no save comes in between.
    with session.vault.read() as conn:
        rows = audit.row_count(conn)
        return CheckReport(
            integrity_problems=session.vault.integrity_problems(),
            audit_problems=audit.verify(conn),
            audit_rows=rows,
        )
