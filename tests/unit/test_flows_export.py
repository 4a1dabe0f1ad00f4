"""The export flow without Qt: pages in order, every problem of a page at once, the content."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from dataclasses import dataclass
from datetime import date

import pytest

from kopingplan.domain import rules
from kopingplan.domain.flows import base as flow_base
from kopingplan.domain.flows import export as ex
from kopingplan.domain.flows.export import CaseChoice, CaseWhat, ExportFlow
from kopingplan.domain.model import DisclosureTerms

TODAY = date(2026, 12, 5)


@dataclass(frozen=True)
class Brief:
    name: str
    content: bytes


def fields(flow: ExportFlow, page: str) -> list[tuple[str, str]]:
    return [(p.field, p.text) for p in flow.page_problems(page)]


def decided(flow: ExportFlow) -> ExportFlow:
    flow.recipient_ids = [4]
    flow.terms = dataclasses.replace(
        flow.terms,
        legal_basis="osl_10_18a",
        decided_by_role="Samordnare",
        purpose="Polisens bedömning inför insatsgruppens möte.",
    )
    return flow


def test_the_pages_come_in_order_and_the_owner_is_suggested_as_the_one_who_decides() -> None:
    flow = ExportFlow(decided_by="Anna Lindqvist", today=TODAY)
    assert flow.PAGES == ("recipients", "content", "situation", "decision", "preview")
    assert flow.page == "recipients" and flow.next_page == "content"
    assert flow.terms == DisclosureTerms("", "Anna Lindqvist", "", "")
    flow.go_to("preview")
    assert flow.next_page is None


def test_no_recipient_stops_the_first_page() -> None:
    flow = ExportFlow(today=TODAY)
    assert flow.go_next() == [flow_base.Problem("recipient_ids", ex.NO_RECIPIENT)]
    assert flow.page == "recipients"
    flow.recipient_ids = [4]
    assert flow.go_next() == [] and flow.page == "content"


def test_cases_are_optional_but_something_must_leave() -> None:
    flow = ExportFlow(today=TODAY)
    flow.recipient_ids = [4]
    flow.go_next()
    assert flow.go_next() == []  # no case needed on the content page
    assert fields(flow, "situation") == [("situation_entry_ids", ex.NOTHING_LEAVES)]
    for give in (
        lambda f: f.choose_case(7),
        lambda f: f.situation_entry_ids.append(3),
        lambda f: f.attach(Brief("pm.pdf", b"%PDF")),
    ):
        other = ExportFlow(today=TODAY)
        give(other)
        assert other.page_problems("situation") == []


def test_the_decision_page_reports_every_problem_at_once() -> None:
    flow = ExportFlow(decided_by="  ", today=TODAY)
    assert fields(flow, "decision") == [
        ("legal_basis", flow_base.CHOOSE_ONE),
        ("decided_by", rules.REQUIRED),
        ("decided_by_role", rules.REQUIRED),
        ("purpose", rules.REQUIRED),
    ]
    flow.terms = dataclasses.replace(flow.terms, decided_by="Anna Lindqvist", purpose="Bedömning")
    assert fields(flow, "decision") == [
        ("legal_basis", flow_base.CHOOSE_ONE),
        ("decided_by_role", rules.REQUIRED),
    ]


def test_a_case_opened_from_the_case_view_is_chosen_with_its_details_only() -> None:
    flow = ExportFlow([7, 7, 9], today=TODAY)
    assert flow.cases() == (CaseChoice(7, CaseWhat()), CaseChoice(9, CaseWhat()))
    assert CaseWhat() == CaseWhat(details=True, subjects=False, notes=False, measures=False)


def test_what_leaves_applies_to_every_case_unless_a_case_has_its_own() -> None:
    flow = ExportFlow([7], today=TODAY)
    flow.choose_case(9)
    flow.what = CaseWhat(details=True, notes=True)
    flow.what_of_case[9] = CaseWhat(details=False, subjects=True)
    assert flow.cases() == (
        CaseChoice(7, CaseWhat(details=True, notes=True)),
        CaseChoice(9, CaseWhat(details=False, subjects=True)),
    )
    flow.choose_case(9, False)
    flow.choose_case(9)  # chosen again: its own choice was forgotten with it
    assert flow.what_of(9) == flow.what
    flow.choose_case(11, False)  # never chosen: nothing happens
    assert flow.case_ids == [7, 9]


def test_attachments_keep_their_order_and_one_can_be_removed() -> None:
    flow = ExportFlow(today=TODAY)
    first, second = Brief("a.pdf", b"%PDF-a"), Brief("b.pdf", b"%PDF-b")
    flow.attach(first)
    flow.attach(second)
    assert not flow.remove_attachment(2)
    assert flow.remove_attachment(0)
    assert flow.attachments == [second]


def test_the_content_is_trimmed_and_whole() -> None:
    flow = decided(ExportFlow([7], decided_by=" Anna Lindqvist ", today=TODAY))
    flow.recipient_ids = [4, 5, 4]
    flow.situation_entry_ids = [3, 2, 3]
    brief = Brief("pm.pdf", b"%PDF")
    flow.attach(brief)
    flow.terms = dataclasses.replace(flow.terms, legal_basis_note=" jfr beslut 2026-11-01 \r\n")
    content = flow.content()
    assert content == ex.ExportContent(
        recipient_ids=(4, 5),
        cases=(CaseChoice(7, CaseWhat()),),
        situation_entry_ids=(3, 2),
        attachments=(brief,),
        terms=DisclosureTerms(
            legal_basis="osl_10_18a",
            legal_basis_note="jfr beslut 2026-11-01",
            decided_by="Anna Lindqvist",
            decided_by_role="Samordnare",
            purpose="Polisens bedömning inför insatsgruppens möte.",
        ),
    )


def test_an_incomplete_export_has_no_content() -> None:
    flow = decided(ExportFlow(decided_by="Anna Lindqvist", today=TODAY))  # nothing leaves
    assert [p.field for p in flow.problems()] == ["situation_entry_ids"]
    with pytest.raises(ValueError):
        flow.content()


def test_the_flow_imports_neither_qt_nor_the_services_nor_storage() -> None:
    blocked = ("PySide6", "kopingplan.services", "kopingplan.storage", "kopingplan.exchange")
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.startswith({blocked!r}):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import kopingplan.domain.flows.export\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
