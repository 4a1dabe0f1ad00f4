"""Counts for the record of processing (GDPR art. 30): how many people of each category the
vault holds. Numbers only, never who."""

from __future__ import annotations

from kopingplan.storage.mapping import Connection


def people_by_role(conn: Connection) -> dict[str, int]:
    """Distinct persons per role in cases ("subject", "relative", "professional", "other"),
    relatives in support threads without a case role, and persons with an identity number."""
    counts = {
        role: int(number)
        for role, number in conn.execute(
            "SELECT role, count(DISTINCT person_id) FROM case_participants GROUP BY role"
        )
    }
    counts["support_relative"] = int(
        conn.execute(
            "SELECT count(DISTINCT person_id) FROM relative_supports WHERE person_id IS NOT NULL"
        ).fetchone()[0]
    )
    counts["anonymous_relative"] = int(
        conn.execute("SELECT count(*) FROM relative_supports WHERE person_id IS NULL").fetchone()[0]
    )
    counts["identity_number"] = int(
        conn.execute("SELECT count(*) FROM persons WHERE identity_number IS NOT NULL").fetchone()[0]
    )
    counts["organisation_staff"] = int(
        conn.execute("SELECT count(*) FROM persons WHERE organisation_id IS NOT NULL").fetchone()[0]
    )
    return counts


def disclosures_by_fingerprint(conn: Connection) -> dict[str, int]:
    """How many disclosures went to each recipient certificate (SHA-256 fingerprint)."""
    return {
        fingerprint: int(number)
        for fingerprint, number in conn.execute(
            "SELECT recipient_fingerprint, count(*) FROM disclosures GROUP BY recipient_fingerprint"
        )
    }
