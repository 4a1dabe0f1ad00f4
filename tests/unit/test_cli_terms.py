"""A disclosure's terms on the command line: `disclosure add`, `export` and a brief's copies
take the same five options (cli_args.terms_arguments) and read them back as one
DisclosureTerms (cli_session.given_terms); where they differ is on purpose: an export's
purpose may have several lines, and a copy needs the terms only outside the own unit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_cli_exchange import certificate_of, fingerprint_of, make_vault, run

from kopingplan import cli
from kopingplan.cli_args import UsageError
from kopingplan.cli_session import copy_recipients, given_terms
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import exchange
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

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


def test_a_blank_role_is_named_by_its_option_for_an_export_as_for_an_oral_disclosure(
    tmp_path: Path,
) -> None:
    """The role's field is decided_by_role; the user typed --role. The export used to say the
    field's name ("decided_by_role: must be filled in"), the oral disclosure the option's."""
    sender = make_vault(tmp_path / "kommun", "Anna Lindqvist", "Köpings kommun", cases=1)
    police = make_vault(tmp_path / "polis", "Kim Berg", "Polisen")
    run(sender, "recipient", "add", str(certificate_of(police, tmp_path / "polis.pem")))
    listing = run(sender, "recipient", "list").stdout
    run(sender, "recipient", "verify", "1", "--fingerprint", fingerprint_of(listing))
    before = _disclosures(sender)
    blank = ["--legal-basis", "osl-10-2", "--decided-by", "Eva", "--role", " ", "--purpose", "Test"]
    for command in (
        [*EXPORT[:-1], str(tmp_path / "paket.p7m"), *blank],
        [*ORAL, "--organisation", "1", *blank],
    ):
        refused = run(sender, *command)
        assert refused.returncode != 0
        assert refused.stderr.strip().splitlines()[-1] == "kopingplan: --role: must be filled in"
    assert not (tmp_path / "paket.p7m").exists()
    assert _disclosures(sender) == before


def _disclosures(folder: Path) -> int:
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        return exchange.disclosure_count(session)
