"""Queries of consents on file (schema v4) and the registry look-ups the consent check needs.
Nothing here begins or commits a transaction; services/consents.py owns transactions and the
audit rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from kopingplan.domain import model
from kopingplan.domain.consent import Consent, RecipientRef
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table
from kopingplan.storage.repositories.tables import ORGANISATIONS

CONSENTS: Table[Consent] = Table(Consent, "consents", QT_TRANSLATE_NOOP("Kinds", "consent"))


def insert(conn: Connection, consent: Consent) -> int:
    return mapping.insert(conn, CONSENTS, consent)


def get(conn: Connection, consent_id: int) -> Consent:
    return mapping.get(conn, CONSENTS, consent_id)


def update(conn: Connection, consent: Consent) -> tuple[str, ...]:
    return mapping.update(conn, CONSENTS, consent)


def of_case(conn: Connection, case_id: int) -> list[Consent]:
    """A case's consents, newest first."""
    return mapping.select(conn, CONSENTS, "case_id = ?", (case_id,), "given_on DESC, id DESC")


def of_cases(conn: Connection, case_ids: Iterable[int]) -> dict[int, list[Consent]]:
    """Each case's consents (an empty list for a case without any), in the order asked."""
    return {case_id: of_case(conn, case_id) for case_id in dict.fromkeys(case_ids)}


def count(conn: Connection) -> int:
    return mapping.count(conn, CONSENTS)


def organisation_ref(conn: Connection, organisation_id: int) -> RecipientRef:
    """The organisation as a recipient; NotFound if the registry has no such organisation."""
    organisation = mapping.get(conn, ORGANISATIONS, organisation_id)
    return RecipientRef(
        organisation.name, organisation.id, model.OrganisationKind(organisation.kind).value
    )


def recipient_ref_by_name(conn: Connection, label: str, organisation: str) -> RecipientRef:
    """An export recipient (a certificate holder with a free-text organisation) as consent
    sees it: the registry's organisation of that name (case and spacing ignored), or one with
    no organisation when the registry has none of that name, or more than one."""
    wanted = " ".join(organisation.split()).casefold()
    if not wanted:
        return RecipientRef(label)
    rows: list[Any] = conn.execute("SELECT id, name, kind FROM organisations").fetchall()
    found = [r for r in rows if " ".join(str(r[1]).split()).casefold() == wanted]
    if len(found) != 1:
        return RecipientRef(label)
    return RecipientRef(label, int(found[0][0]), str(found[0][2]))


def sharing_counts(conn: Connection, today: date) -> dict[str, int]:
    """For the record of processing (art. 30): consents on file, those valid ``today``, and
    oral disclosures. Numbers only."""
    day = today.isoformat()
    row = conn.execute(
        "SELECT count(*),"
        " coalesce(sum(given_on <= :day AND (valid_until IS NULL OR valid_until >= :day)"
        " AND (withdrawn_on IS NULL OR withdrawn_on > :day)), 0)"
        " FROM consents",
        {"day": day},
    ).fetchone()
    oral = conn.execute("SELECT count(*) FROM disclosures WHERE channel = 'oral'").fetchone()
    return {
        "consents": int(row[0]),
        "consents_valid": int(row[1]),
        "oral_disclosures": int(oral[0]),
    }
