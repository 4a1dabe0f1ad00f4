"""Contacts with an organisation outside any case: partner work (issue 18, partners over time).

A dialogue with a mosque's board or a call from a sports club is a contact whose
``organisation_id`` is set and whose ``case_id`` is NULL; the ``contacts_organisation`` index
(v1) serves the list.
"""

from __future__ import annotations

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories.tables import CONTACTS

OUTSIDE_CASES = "organisation_id = ? AND case_id IS NULL"


def of_organisation(conn: Connection, organisation_id: int, limit: int = 500) -> list[m.Contact]:
    """The organisation's contacts outside any case, newest first."""
    return mapping.select(
        conn, CONTACTS, OUTSIDE_CASES, (organisation_id,), "occurred_at DESC, id DESC", limit
    )
