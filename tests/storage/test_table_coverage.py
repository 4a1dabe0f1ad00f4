"""Every table of the vault is seen by the checks that go over the stored kinds.

The demo's reproducibility, the access-log words and other checks walk a list of tables; a
table missing from it escaped them unnoticed (agreements, activities, concerns… were outside
``ALL_TABLES``). Here the schema itself is the reference: each table of a fresh vault is either
mapped (:data:`MAPPED_TABLES`) or listed below with why it holds no domain record.
"""

from __future__ import annotations

from kopingplan.services.session import Session
from kopingplan.storage.repositories import ALL_TABLES
from kopingplan.storage.repositories.every_table import MAPPED_TABLES, OUTSIDE_ALL_TABLES

WITHOUT_RECORDS = {
    "meta": "the schema version and the vault's own facts",
    "settings": "the vault's settings, a key and a value each",
    "audit_log": "the log itself: written by audit.append, never a record",
    "drafts": "a form's unsaved input (storage/drafts.py)",
    "pending_outputs": "a file being saved outside the vault, only during the save",
    "identities": "the coordinator's signing identity (storage/identities.py)",
    "recipients": "exchange recipients and senders: one certificate each",
    "imported_packages": "which packages were imported, so none is imported twice",
    "retention_decisions": "a decision to keep a record past its time (services/retention)",
    "incoming_items": "what came in by exchange, stored by the exchange store",
    "incoming_item_links": "the history of linking an incoming item to a case",
    "attachment_chunks": "an attachment's bytes in pieces (the attachment is mapped)",
    "note_versions": "earlier texts of a corrected note (repositories/versions.py)",
    "contact_versions": "earlier texts of a corrected contact",
    "concern_versions": "earlier intakes of a corrected concern",
    "situation_assessment_versions": "earlier texts of a corrected assessment",
    "case_priorities": "a case's priority: one value per case, set by services/triage",
    "participant_removals": "why a participant was removed: the removal's reason and day",
    "disclosure_subjects": "the persons a disclosure was about (a link table)",
    "incident_situation_entries": "an incident's lägesbild entries (a link table)",
    "situation_entry_sources": "a lägesbild entry's sources (a link table)",
    "organisation_content_profiles": "what an organisation may receive (exchange settings)",
    "search_index": "the full-text index, rebuilt from the records by triggers",
}
# FTS5 keeps its index in shadow tables named after it.
FTS_SHADOWS = {f"search_index_{part}" for part in ("config", "content", "data", "docsize", "idx")}


def schema_tables(session: Session) -> set[str]:
    with session.vault.read() as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return {str(row[0]) for row in rows}


def test_every_table_of_the_schema_is_mapped_or_has_a_reason(session: Session) -> None:
    tables = schema_tables(session)
    mapped = [table.name for table in MAPPED_TABLES]
    assert len(mapped) == len(set(mapped)), "a table is mapped twice"
    forgotten = tables - set(mapped) - set(WITHOUT_RECORDS) - FTS_SHADOWS
    assert forgotten == set(), "put its Table in every_table.OUTSIDE_ALL_TABLES (or give a reason)"
    assert set(mapped) <= tables, "a mapped table the schema does not make"
    assert set(WITHOUT_RECORDS) | FTS_SHADOWS <= tables, "a reason for a table that is gone"
    assert not set(WITHOUT_RECORDS) & set(mapped), "listed as without records, yet mapped"


def test_the_tables_kept_outside_all_tables_are_not_saved_generically() -> None:
    # The generic save must not take them (their services check links or keep history).
    inside = {table.cls for table in ALL_TABLES}
    assert not inside & {table.cls for table in OUTSIDE_ALL_TABLES}
