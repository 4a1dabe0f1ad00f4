"""A draft of a disclosure that names a case goes when the case is deleted, whatever its key.

An export begun from Utlämnanden, and an oral disclosure begun there, are kept under the key
``new``: the key names no case, so the sweep of a deleted case's drafts (by key) left them in
the vault with the case's number and the purpose the coordinator wrote about it. Deleting a
case, by hand or at gallring, now takes every such draft in the same transaction; one that
names several cases goes whole (its words may be about the deleted one). A draft of a case
still in the vault, or of no case, stays. Real SQLCipher vaults, as the other unit tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.domain.flows.export import DRAFT_KIND, CaseWhat, ExportFlow
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import cases, drafts, retention
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session

ORAL = "oral_disclosure"
PURPOSE = "Polisens bedömning av hotbilden kring Kalle i Västra skolan."


def a_case(session: Session, title: str) -> int:
    case = session.save(m.Case(title, m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 2, 1)))
    assert case.id is not None
    return case.id


def export_draft(*case_ids: int, entries: tuple[int, ...] = ()) -> dict[str, Any]:
    """What the export wizard keeps: the flow's draft, on the decision page."""
    flow = ExportFlow(case_ids, decided_by="Anna Lindqvist", today=date(2026, 12, 6))
    flow.recipient_ids = [1]
    if case_ids:
        flow.what_of_case[case_ids[0]] = CaseWhat(notes=True)
    flow.situation_entry_ids = list(entries)
    flow.terms = DisclosureTerms("osl_10_18a", "Anna Lindqvist", "Samordnare", PURPOSE)
    flow.go_to("decision")
    return flow.to_draft()


def oral_draft(cases_typed: str) -> dict[str, Any]:
    """What the oral disclosure dialog keeps: its fields' values, the cases as typed."""
    return {"values": {"cases": cases_typed, "what": "Berättade om läget.", "purpose": PURPOSE}}


def stored(session: Session) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref, _saved in drafts.list_drafts(session)}


def delete_at_gallring(session: Session, case_id: int) -> None:
    cases.close_case(session, case_id, "Klart", on=date(2026, 2, 10))
    retention.delete(session, [(RetentionKind.CLOSED_CASE, case_id)], today=date(2045, 1, 1))


@pytest.mark.parametrize("deletion", ["by_hand", "gallring"])
def test_the_drafts_begun_from_utlamnanden_about_a_deleted_case_go_with_it(
    session: Session, deletion: str
) -> None:
    gone_case = a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(gone_case))
    drafts.save_draft(session, ORAL, "new", oral_draft(str(gone_case)))

    if deletion == "by_hand":
        session.delete(m.Case, gone_case)
    else:
        delete_at_gallring(session, gone_case)

    assert stored(session) == set()
    assert drafts.load_draft(session, DRAFT_KIND, "new") is None
    assert drafts.load_draft(session, ORAL, "new") is None


def test_a_draft_that_names_the_deleted_case_among_others_goes_whole(session: Session) -> None:
    """Its purpose and, for an oral disclosure, what was said may be about the deleted case,
    and the decision to disclose covered that case: neither is kept for the others."""
    gone_case, kept_case = a_case(session, "Ärende Södra"), a_case(session, "Ärende Norra")
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(kept_case, gone_case))
    drafts.save_draft(session, ORAL, "new", oral_draft(f"{kept_case}, {gone_case}"))
    # Begun from the kept case's window (keyed by it), with the deleted one chosen too.
    drafts.save_draft(session, DRAFT_KIND, f"case:{kept_case}", export_draft(kept_case, gone_case))

    session.delete(m.Case, gone_case)

    assert stored(session) == set()


def test_drafts_that_name_no_deleted_case_stay(session: Session) -> None:
    gone_case, kept_case = a_case(session, "Ärende Södra"), a_case(session, "Ärende Norra")
    kept = {
        (DRAFT_KIND, f"case:{kept_case}"),  # the kept case
        (DRAFT_KIND, "new"),  # no case at all: situation entries only
        (ORAL, "new"),  # the kept case, typed
        (ORAL, f"case:{kept_case}"),  # begun from the kept case's window, the case erased
    }
    drafts.save_draft(session, DRAFT_KIND, f"case:{kept_case}", export_draft(kept_case))
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(entries=(5,)))
    drafts.save_draft(session, ORAL, "new", oral_draft(f" {kept_case} ,"))
    drafts.save_draft(session, ORAL, f"case:{kept_case}", oral_draft(""))

    session.delete(m.Case, gone_case)

    assert stored(session) == kept
    assert drafts.load_draft(session, DRAFT_KIND, f"case:{kept_case}") == export_draft(kept_case)


def test_a_damaged_draft_is_left_as_it_is(session: Session) -> None:
    """A draft that cannot be read names no case that can be found: it is neither deleted
    nor does it stop the deletion (the wizard opens what can be read of it)."""
    gone_case = a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", {"fields": {"case_ids": "not a list"}})
    drafts.save_draft(session, ORAL, "new", {"values": ["not", "a", "dict"]})

    session.delete(m.Case, gone_case)

    assert stored(session) == {(DRAFT_KIND, "new"), (ORAL, "new")}
