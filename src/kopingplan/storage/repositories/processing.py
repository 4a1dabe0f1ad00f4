"""Counts for the record of processing (GDPR art. 30): how many people of each category the
vault holds. Numbers only, never who."""

from __future__ import annotations

from kopingplan.domain.model import DisclosureChannel
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


def disclosures_by_channel(conn: Connection) -> dict[str, int]:
    """How many disclosures left each way: ``export_disclosures``, ``oral_disclosures``,
    ``brief_disclosures`` and ``extract_disclosures`` (0 for a way never used)."""
    found = {channel.value: 0 for channel in DisclosureChannel}
    for channel, number in conn.execute(
        "SELECT channel, count(*) FROM disclosures GROUP BY channel"
    ):
        found[str(channel)] = int(number)
    return {f"{channel}_disclosures": number for channel, number in found.items()}


def consents_in_period(conn: Connection, since: str | None, until: str | None) -> tuple[int, int]:
    """Consents given, and consents withdrawn, on days in [since, until) ('YYYY-MM-DD', an
    open end ``None``), for the disclosure report. Numbers only."""
    row = conn.execute(
        "SELECT coalesce(sum(given_on >= coalesce(:since, given_on)"
        " AND (:until IS NULL OR given_on < :until)), 0),"
        " coalesce(sum(withdrawn_on IS NOT NULL AND withdrawn_on >= coalesce(:since, withdrawn_on)"
        " AND (:until IS NULL OR withdrawn_on < :until)), 0) FROM consents",
        {"since": since, "until": until},
    ).fetchone()
    return int(row[0]), int(row[1])
