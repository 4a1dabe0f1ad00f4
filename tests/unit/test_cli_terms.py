"""A disclosure's terms on the command line: `disclosure add`, `export` and a brief's copies
take the same five options (cli_args.terms_arguments) and read them back as one
DisclosureTerms (cli_session.given_terms); where they differ is on purpose: an export's
purpose may have several lines, and a copy needs the terms only outside the own unit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kopingplan import cli
from kopingplan.cli_args import UsageError
from kopingplan.cli_session import copy_recipients, given_terms
from kopingplan.domain.model import DisclosureTerms

TERMS = ["--legal-basis", "osl-10-2", "--legal-basis-note", "Beslut 12/2026",
         "--decided-by", "Anna Lindqvist", "--role", "samordnare"]  # fmt: skip
EXPECTED = DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "", "Beslut 12/2026")
EXPORT = ["export", "--to", "1", "--case", "1", "--out", "paket.p7m"]
ORAL = ["disclosure", "add", "--what", "Berättade om stödet."]


def parse(*argv: str) -> DisclosureTerms:
    return given_terms(cli.build_parser().parse_args(list(argv)))


def test_an_export_and_an_oral_disclosure_read_the_same_terms() -> None:
    purpose = "Polisens bedömning\ninför mötet"
    assert parse(*EXPORT, *TERMS, "--purpose", purpose) == replace(EXPECTED, purpose=purpose)
    assert parse(*ORAL, *TERMS, "--purpose", "Samverkan") == replace(EXPECTED, purpose="Samverkan")


def test_an_oral_purpose_is_one_line_and_every_term_but_the_note_is_needed() -> None:
    with pytest.raises(UsageError):
        parse(*ORAL, *TERMS, "--purpose", "Rad ett\nrad två")
    for left_out in ("--legal-basis", "--decided-by", "--role"):
        at = TERMS.index(left_out)
        for command in (ORAL, EXPORT):
            with pytest.raises(UsageError):
                parse(*command, *TERMS[:at], *TERMS[at + 2 :], "--purpose", "Samverkan")
    without_note = TERMS[:2] + TERMS[4:]
    assert parse(*EXPORT, *without_note, "--purpose", "Samverkan").legal_basis_note == ""


def test_a_brief_s_copy_takes_the_terms_only_with_a_recipient() -> None:
    parser = cli.build_parser()
    own = parser.parse_args(["brief", "case", "1", "--out", "pm.pdf"])
    assert copy_recipients(own) == ()
    named = parser.parse_args(
        ["brief", "case", "1", "--out", "pm.pdf", "--recipient", "Polisen", *TERMS,
         "--purpose", "Samverkan"]
    )  # fmt: skip
    (copy,) = copy_recipients(named)
    assert copy.name == "Polisen" and copy.terms == replace(EXPECTED, purpose="Samverkan")
    unnamed = parser.parse_args(["brief", "case", "1", "--out", "pm.pdf", *TERMS])
    with pytest.raises(UsageError):
        copy_recipients(unnamed)
