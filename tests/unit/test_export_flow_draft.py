"""The export flow as a draft: every choice comes back by id, the attached briefs by name only
(no bytes in a draft), and what was deleted meanwhile is left out and named."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from kopingplan.domain.flows.export import Available, CaseWhat, ExportFlow, LeftOut
from kopingplan.domain.model import DisclosureTerms

TODAY = date(2026, 12, 6)
PDF = "%PDF-1.7 signerat mötesunderlag om Bertil".encode()


@dataclass(frozen=True)
class Brief:
    name: str
    content: bytes


def prepared() -> ExportFlow:
    """A disclosure prepared up to the decision page."""
    flow = ExportFlow((12,), decided_by="Anna Lindqvist", today=TODAY)
    flow.recipient_ids = [4, 5]
    flow.choose_case(17)
    flow.what = CaseWhat(details=True, notes=True)
    flow.what_of_case[17] = CaseWhat(details=False, subjects=True)
    flow.situation_entry_ids = [30, 31]
    flow.attachment_ids = [70]
    flow.attach(Brief("PM Polisen.pdf", PDF))
    flow.terms = DisclosureTerms(
        legal_basis="osl_10_18a",
        decided_by="Karin Ek",
        decided_by_role="Samordnare",
        purpose="Polisens bedömning inför mötet.",
        legal_basis_note="Se beslut 12",
    )
    flow.go_to("decision")
    return flow


EVERYTHING = Available(
    recipient_ids={4, 5},
    case_ids={12, 17},
    situation_entry_ids={30, 31},
    attachment_ids={70},
    legal_bases={"osl_10_18a"},
)


def test_a_draft_brings_back_every_choice_on_its_page() -> None:
    flow = prepared()
    payload = json.loads(json.dumps(flow.to_draft()))  # stored as JSON in the vault

    back = ExportFlow.from_draft(payload, decided_by="Anna Lindqvist", today=TODAY)

    assert back.page == "situation"  # saved on the decision: its brief is asked for first
    assert back.recipient_ids == [4, 5]
    assert back.case_ids == [12, 17]
    assert back.what_of(12) == CaseWhat(details=True, notes=True)
    assert back.what_of(17) == CaseWhat(details=False, subjects=True)
    assert back.situation_entry_ids == [30, 31] and back.attachment_ids == [70]
    assert back.terms == flow.terms
    assert back.to_draft()["fields"] == flow.to_draft()["fields"]


def test_a_draft_keeps_a_briefs_name_never_its_bytes() -> None:
    payload = json.dumps(prepared().to_draft())
    assert "PM Polisen.pdf" in payload and "PDF-1.7" not in payload and "Bertil" not in payload

    back = ExportFlow.from_draft(json.loads(payload), today=TODAY)
    left = back.keep_only(EVERYTHING)

    assert back.attachments == [] and left.briefs == ("PM Polisen.pdf",)
    assert not left.gone  # nothing was deleted: only the brief is asked for again
    assert back.page == "situation"  # the brief to attach again, or leave out, first
    back.attach(Brief("PM Polisen.pdf", PDF))
    assert back.briefs_not_kept == ()  # attached again: no longer asked for
    assert back.page_problems("situation") == []


def test_what_was_deleted_meanwhile_is_left_out_and_named() -> None:
    back = ExportFlow.from_draft(prepared().to_draft(), today=TODAY)

    left = back.keep_only(
        Available(
            recipient_ids={5},
            case_ids={12},
            situation_entry_ids={31},
            attachment_ids=set(),
            legal_bases={"osl_other"},
        )
    )

    assert left == LeftOut(
        recipients=1,
        cases=(17,),
        situation_entries=1,
        case_files=1,
        legal_basis=True,
        briefs=("PM Polisen.pdf",),
    )
    assert back.recipient_ids == [5] and back.case_ids == [12] and 17 not in back.what_of_case
    assert back.situation_entry_ids == [31] and back.attachment_ids == []
    assert back.terms.legal_basis == "" and back.terms.purpose == "Polisens bedömning inför mötet."
    assert back.page == "situation"  # the first page with a problem: the brief (then the basis)


def test_a_draft_whose_only_recipient_is_gone_reopens_on_the_first_page() -> None:
    back = ExportFlow.from_draft(prepared().to_draft(), today=TODAY)
    left = back.keep_only(Available(set(), {12, 17}, {30, 31}, {70}, {"osl_10_18a"}))
    assert left.recipients == 2 and back.page == "recipients"


def test_a_broken_draft_gives_a_fresh_flow_without_an_error() -> None:
    broken = {
        "page": "nowhere",
        "fields": {
            "recipient_ids": "4",
            "case_ids": [1, "x", True],
            "what": [],
            "terms": None,
            "briefs": [3, "Kvar.pdf"],
        },
    }
    back = ExportFlow.from_draft(broken, decided_by="Anna Lindqvist", today=TODAY)
    assert back.page == "recipients" and back.recipient_ids == [] and back.case_ids == [1]
    assert back.what == CaseWhat() and back.terms.decided_by == "Anna Lindqvist"
    assert back.briefs_not_kept == ("Kvar.pdf",)
