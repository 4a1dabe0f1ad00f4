"""Reading every identity the vault holds, not only the active one, and an identity's CA chain.

An identity replaced by an imported one stays in ``identities`` (inactive) for two reasons:
briefs it signed must still verify, and packages a sender encrypted to its certificate before
the switch must still decrypt. The chain of an imported identity (the organisation's
intermediate and root CA certificates, PEM) is kept in ``settings`` under a key named after the
identity's fingerprint, so the released schema needs no new column; a self-signed identity has
no chain and no such key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kopingplan.crypto.identity import Identity
from kopingplan.storage.identities import get_setting, set_setting

Connection = Any

_CHAIN_KEY = "identity_chain:"


@dataclass(frozen=True)
class IdentityRow:
    id: int
    created_at: str  # ISO 8601, UTC: when the identity was made or imported here
    source: str  # "self_signed" or "pkcs12"
    fingerprint: str
    active: bool
    certificate_pem: bytes


def history(conn: Connection) -> list[IdentityRow]:
    """Every identity, the active one first, then the newest earlier one first."""
    rows = conn.execute(
        "SELECT id, created_at, source, fingerprint, active, certificate_pem FROM identities"
        " ORDER BY active DESC, id DESC"
    ).fetchall()
    return [
        IdentityRow(
            id=int(row[0]),
            created_at=str(row[1]),
            source=str(row[2]),
            fingerprint=str(row[3]),
            active=bool(row[4]),
            certificate_pem=str(row[5]).encode("ascii"),
        )
        for row in rows
    ]


def all_identities(conn: Connection) -> list[Identity]:
    """Every identity with its key, active first: the keys to try on an incoming package."""
    rows = conn.execute(
        "SELECT certificate_pem, private_key_der FROM identities ORDER BY active DESC, id DESC"
    ).fetchall()
    return [
        Identity(certificate_pem=str(r[0]).encode("ascii"), private_key_der=bytes(r[1]))
        for r in rows
    ]


def chain_pem(conn: Connection, fingerprint: str) -> bytes:
    """The CA certificates that came with the identity (PEM, issuer of the identity first)."""
    return get_setting(conn, _chain_key(fingerprint)).encode("ascii")


def store_chain(conn: Connection, fingerprint: str, pem: bytes) -> None:
    set_setting(conn, _chain_key(fingerprint), pem.decode("ascii"))


def _chain_key(fingerprint: str) -> str:
    return _CHAIN_KEY + fingerprint.replace(" ", "")
