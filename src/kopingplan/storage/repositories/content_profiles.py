"""Organisations' content profiles (v9/90): the parts of a case each gets in a meeting brief."""

from __future__ import annotations

import json

from kopingplan.storage.mapping import Connection


def get(conn: Connection, organisation_id: int) -> tuple[str, ...] | None:
    """The organisation's parts, or None when it has no profile (the group's default)."""
    row = conn.execute(
        "SELECT parts FROM organisation_content_profiles WHERE organisation_id = ?",
        (organisation_id,),
    ).fetchone()
    return None if row is None else tuple(str(part) for part in json.loads(row[0]))


def every(conn: Connection) -> dict[int, tuple[str, ...]]:
    """Every organisation that has a profile, with its parts."""
    rows = conn.execute("SELECT organisation_id, parts FROM organisation_content_profiles")
    return {int(oid): tuple(str(part) for part in json.loads(parts)) for oid, parts in rows}


def put(conn: Connection, organisation_id: int, parts: tuple[str, ...] | None) -> None:
    """Sets the profile (None: removes it, so the group's default applies)."""
    if parts is None:
        conn.execute(
            "DELETE FROM organisation_content_profiles WHERE organisation_id = ?",
            (organisation_id,),
        )
        return
    conn.execute(
        "INSERT INTO organisation_content_profiles (organisation_id, parts) VALUES (?, ?) "
        "ON CONFLICT (organisation_id) DO UPDATE SET parts = excluded.parts",
        (organisation_id, json.dumps(list(parts))),
    )
