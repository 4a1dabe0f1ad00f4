"""A draft is typed content of its record: it goes when its record, or the record whose window
its form was opened from (an organisation's agreements, a case's note correction), is deleted,
by hand or at gallring. Before, only a case's, a person's and a few other kinds' went; a draft
of an agreement outlived its organisation in the vault."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

from kopingplan.domain import model as m
from kopingplan.services import agreements, cases, retention
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import drafts

SOURCE = Path(__file__).resolve().parents[2] / "src" / "kopingplan"
# Kinds whose drafts are keyed ``case:<id>`` / ``meeting:<id>`` whatever their kind (swept by
# the prefix, not by the kind).
BEGUN_FROM_A_CASE_OR_MEETING = {"brief", "oral_disclosure", "export"}


def stored_drafts(session: Session) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref, _saved in drafts.listing(session.vault.conn)}


def save(session: Session, *keys: tuple[str, str]) -> None:
    with session.vault.transaction() as conn:
        for kind, ref in keys:
            drafts.save(conn, kind, ref, {"values": {"title": "Halvskrivet avtal"}})


def test_an_organisations_deletion_takes_its_agreements_drafts(session: Session) -> None:
    partner = session.save(m.Organisation("Föreningen Bron", m.OrganisationKind.CIVIL_SOCIETY))
    other = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    assert partner.id is not None and other.id is not None
    agreement = agreements.add_agreement(
        session, m.Agreement(partner.id, m.AgreementKind.IOP, "IOP fritid", date(2026, 1, 5))
    )
    gone = {
        ("agreement", f"{partner.id}:{agreement.id}"),
        ("agreement", f"{partner.id}:new"),
        ("partner_contact", f"{partner.id}:new"),
        ("organisation", str(partner.id)),
    }
    kept = {("agreement", f"{other.id}:new"), ("organisation", str(other.id))}
    save(session, *gone, *kept)
    session.delete(m.Organisation, partner.id)
    assert stored_drafts(session) == kept


def test_a_deleted_agreement_takes_its_draft_at_once(session: Session) -> None:
    partner = session.save(m.Organisation("Föreningen Bron", m.OrganisationKind.CIVIL_SOCIETY))
    assert partner.id is not None
    agreement = agreements.add_agreement(
        session, m.Agreement(partner.id, m.AgreementKind.IOP, "IOP fritid", date(2026, 1, 5))
    )
    assert agreement.id is not None
    save(session, ("agreement", f"{partner.id}:{agreement.id}"), ("agreement", f"{partner.id}:new"))
    agreements.delete_agreement(session, agreement.id)
    assert stored_drafts(session) == {("agreement", f"{partner.id}:new")}


def test_a_case_at_gallring_takes_the_drafts_of_its_records(session: Session) -> None:
    case = session.save(
        m.Case("Ärende Södra", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 2, 1))
    )
    kept_case = session.save(
        m.Case("Ärende Norra", m.Level.GENERAL, m.Orientation.RIGHT, date(2026, 2, 1))
    )
    assert case.id is not None and kept_case.id is not None
    note = session.save(m.Note(case.id, datetime(2026, 2, 3, 12, 0, tzinfo=UTC), "Samtal."))
    gone = {
        ("consent", str(case.id)),
        ("note_correction", f"{case.id}:{note.id}"),
        ("participant_remove", f"{case.id}:7"),
        ("note", str(case.id)),
    }
    kept = {("consent", str(kept_case.id)), ("note_correction", f"{kept_case.id}:")}
    save(session, *gone, *kept)
    cases.close_case(session, case.id, "Klart", on=date(2026, 2, 10))
    retention.delete(session, [(RetentionKind.CLOSED_CASE, case.id)], today=date(2045, 1, 1))
    assert stored_drafts(session) == kept


def draft_kinds_of_the_forms() -> set[str]:
    """Every ``DRAFT_KIND = "…"`` (and a brief's ``KIND``) a form or wizard of src/ declares."""
    found = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in ("DRAFT_KIND", "KIND")
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and (node.targets[0].id == "DRAFT_KIND" or "draft" in path.stem)
            ):
                found.add(node.value.value)
    return found


def test_every_draft_kind_goes_with_its_record() -> None:
    kinds = draft_kinds_of_the_forms()
    assert {"agreement", "note", "todo_done", "brief", "exit_plan"} <= kinds, "the walk works"
    unswept = kinds - drafts.kinds_swept() - BEGUN_FROM_A_CASE_OR_MEETING
    assert not unswept, f"name these kinds' tables in storage/drafts.py: {sorted(unswept)}"
