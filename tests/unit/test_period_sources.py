"""The lägesbild for a period follows the lägesbild's rule for the entries' sources (issue 16):
a copy outside the own unit (or for a name the registry does not know) is without the "Källa"
column and says "Källorna är utelämnade i detta exemplar" unless the coordinator keeps them
for that copy; the own unit's copy and the unnamed copy keep them. The "brief.create" row says
per copy whether it held them, and a disclosure's description names "posternas källor" only
for a copy that held them. Read as the recipients read the PDFs (pdftotext)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import need, text_of
from test_cli import kopingplan, made  # noqa: F401 (made is a fixture)

from kopingplan.briefs import content_profiles as cp
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import briefs, situation_report
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

SOURCE = "Zetterqvisttipset"  # one word: a table cell wraps between words
NOTE = "Källorna är utelämnade i detta exemplar."
FIRST, LAST = date(2026, 7, 1), date(2026, 12, 31)
PERIOD = ("--from", FIRST.isoformat(), "--to", LAST.isoformat())
TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "Polisens lägesbild")
CLI_TERMS = ("--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role",
             "samordnare", "--purpose", "Polisens lägesbild")  # fmt: skip


def fill(session: Any) -> None:
    """The police, the own unit and an entry whose source is found nowhere else."""
    for name, kind, own in (
        ("Polisen Köping", model.OrganisationKind.POLICE, False),
        ("Samordningen", model.OrganisationKind.MUNICIPALITY, True),
    ):
        session.save(model.Organisation(name, kind, own_unit=own))
    session.save(
        model.SituationEntry(
            date(2026, 9, 1), "Torget", model.Orientation.RIGHT, "Rekrytering på rasten", SOURCE
        )
    )


def flat(path: Path) -> str:
    return " ".join(text_of(path).split())


def _disclosures(session: Any) -> list[tuple[str, str]]:
    rows = session.vault.conn.execute(
        "SELECT recipient, content_description FROM disclosures ORDER BY id"
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_each_copy_holds_the_sources_by_the_rule(session: Any) -> None:
    fill(session)
    to = [
        CopyRecipient("Polisen Köping", terms=TERMS),
        CopyRecipient("Samordningen"),
        CopyRecipient("Grannkommunen", terms=TERMS),  # a name the registry does not know
        CopyRecipient(""),  # the coordinator's own
    ]
    brief, copies = situation_report.report_copies(session, FIRST, LAST, to)
    assert "situation_sources" in brief.included
    held = ["situation_sources" in copy.included for copy in copies]
    assert held == [False, True, False, True]
    assert {c.document_id for c in copies} == {brief.document_id}
    # Kept by the coordinator for the police's copy (the brief window's change).
    _, kept = situation_report.report_copies(
        session, FIRST, LAST, to[:1], [{cp.SITUATION: ("sources",)}]
    )
    assert "situation_sources" in kept[0].included
    # ...and left out of the own unit's copy when the coordinator unticks them there.
    _, without = situation_report.report_copies(session, FIRST, LAST, to[1:2], [{cp.SITUATION: ()}])
    assert "situation_sources" not in without[0].included


def test_the_police_copy_has_no_source_and_says_so_and_the_log_tells_which(
    session: Any, tmp_path: Path
) -> None:
    need("pdftotext")
    fill(session)
    to = [CopyRecipient("Polisen Köping", terms=TERMS), CopyRecipient("Samordningen")]
    brief, copies = situation_report.report_copies(session, FIRST, LAST, to)
    briefs.save(session, brief, tmp_path / "lb.pdf", to=to, per_copy=copies)
    police, own = (flat(tmp_path / f"lb-exemplar-{n}-av-2.pdf") for n in (1, 2))
    assert SOURCE not in police and "Källa" not in police
    assert NOTE in police and "Rekrytering på rasten" in police  # the entry itself is there
    assert SOURCE in own and "Källa" in own and NOTE not in own
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    assert [r["situation"] for r in row.details["recipients"]] == [
        ["situation"],
        ["situation", "situation_sources"],
    ]
    ((recipient, description),) = _disclosures(session)
    assert recipient == "Polisen Köping"
    assert "lägesbildens poster" in description and "källor" not in description, description


def test_kept_for_the_police_the_disclosure_names_the_sources(session: Any, tmp_path: Path) -> None:
    need("pdftotext")
    fill(session)
    to = [CopyRecipient("Polisen Köping", terms=TERMS)]
    changes = [{cp.SITUATION: ("sources",)}]
    brief, copies = situation_report.report_copies(session, FIRST, LAST, to, changes)
    briefs.save(session, brief, tmp_path / "lb.pdf", to=to, per_copy=copies)
    police = flat(tmp_path / "lb-exemplar-1-av-1.pdf")
    assert SOURCE in police and NOTE not in police
    ((_, description),) = _disclosures(session)
    assert "posternas källor" in description, description


def test_the_unnamed_report_keeps_the_sources(session: Any, tmp_path: Path) -> None:
    need("pdftotext")
    fill(session)
    brief, copies = situation_report.report_copies(session, FIRST, LAST)
    assert copies == []
    briefs.save(session, brief, tmp_path / "lb.pdf")
    assert SOURCE in flat(tmp_path / "lb.pdf")


# --- the command line -----------------------------------------------------------------------------


@pytest.fixture
def vault(made: Path) -> Path:  # noqa: F811
    with Session.open(VaultPaths(made), PASSPHRASE) as session:
        fill(session)
    return made


def _report(folder: Path, target: Path, *extra: str, lang: str = "en") -> Any:
    return kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "report", "situation", *PERIOD,
        "--out", str(target), *extra, stdin=PASSPHRASE, lang=lang,
    )  # fmt: skip


@pytest.mark.parametrize("with_sources", [False, True])
def test_the_command_leaves_the_sources_out_of_the_police_copy_unless_with_sources(
    vault: Path, tmp_path: Path, with_sources: bool
) -> None:
    need("pdftotext")
    out = tmp_path / "out"
    out.mkdir()
    flag = ("--with-sources",) if with_sources else ()
    names = ("--recipient", "Polisen Köping", "--recipient", "Samordningen")
    result = _report(vault, out / "lb.pdf", *names, *CLI_TERMS, *flag)
    assert result.returncode == 0, result.stderr
    police, own = (flat(out / f"lb-exemplar-{n}-av-2.pdf") for n in (1, 2))
    assert (SOURCE in police) is with_sources and (NOTE in police) is not with_sources
    assert SOURCE in own and NOTE not in own
    with Session.open(VaultPaths(vault), PASSPHRASE, record_unlock=False) as session:
        ((_, description),) = _disclosures(session)
    assert ("posternas källor" in description) is with_sources, description


def test_with_sources_without_a_recipient_is_a_usage_error(vault: Path, tmp_path: Path) -> None:
    for lang, said in (
        ("en", "--with-sources is given only with --recipient"),
        ("sv", "--with-sources anges bara tillsammans med --recipient"),
    ):
        result = _report(vault, tmp_path / "lb.pdf", "--with-sources", lang=lang)
        assert result.returncode == 2 and said in result.stderr, result.stderr
    assert not (tmp_path / "lb.pdf").exists()
