"""`kopingplan brief meeting|lagesbild … --recipient NAME` (issue 16): one rule for the
lägesbild's sources in every copy. A copy outside the own unit (the police) is without the
"Källa" column by default, the own unit's keeps it, and `--with-sources` keeps it in every named
copy. Read as the recipients read the PDFs (pdftotext)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_briefs_support import text_of
from test_cli import kopingplan
from test_cli_briefs import TERMS, _descriptions, filled, vault_args

from kopingplan.domain import model
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.repositories.tables import MEETINGS
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]  # the fixture, from the brief command's own tests

SOURCE = "Zetterqvisttipset"  # one word: a table cell wraps between words


def police_and_own_unit(folder: Path) -> int:
    """The police and the own unit in the registry, an entry with a known source on the last
    meeting's day and today; the last held meeting's number."""
    now = datetime.now(UTC)
    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        held = [m for m in mapping.select(session.vault.conn, MEETINGS) if m.starts_at <= now]
        meeting = max(held, key=lambda m: m.starts_at)
        session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        session.save(
            model.Organisation("Samordningen", model.OrganisationKind.OTHER, own_unit=True)
        )
        for day in {meeting.starts_at.astimezone().date(), date.today()}:
            session.save(
                model.SituationEntry(
                    observed_on=day,
                    milieu="Centrum",
                    orientation=model.Orientation.RIGHT,
                    observation="Zetaklistermärken",
                    source=SOURCE,
                )
            )
        assert meeting.id is not None
        return meeting.id


def _copies(out: Path, stem: str) -> tuple[str, str]:
    police, own = (text_of(out / f"{stem}-exemplar-{n}-av-2.pdf") for n in (1, 2))
    return " ".join(police.split()), " ".join(own.split())


@pytest.mark.parametrize("kind", ["lagesbild", "meeting"])
def test_a_police_copy_has_no_source_column_unless_with_sources(
    filled: Path, tmp_path: Path, kind: str
) -> None:
    meeting_id = police_and_own_unit(filled)
    which = (kind,) if kind == "lagesbild" else (kind, str(meeting_id))
    recipients = ("--recipient", "Polisen Köping", "--recipient", "Samordningen", *TERMS)
    out = tmp_path / "ut"
    out.mkdir()
    made = kopingplan(*vault_args(filled), "brief", *which, "--out", str(out / "a.pdf"),
                      *recipients, stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police, own = _copies(out, "a")
    assert "Zetaklistermärken" in police and "Zetaklistermärken" in own
    # No "Källa" column (nor a source) in the police's copy; the own unit's keeps them.
    assert "Källa" not in police and SOURCE not in police
    assert "Källorna är utelämnade i detta exemplar" in police
    assert "Källa" in own and SOURCE in own

    kept = kopingplan(*vault_args(filled), "brief", *which, "--out", str(out / "b.pdf"),
                      *recipients, "--with-sources", stdin=PASSPHRASE)  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    police, own = _copies(out, "b")
    assert "Källa" in police and SOURCE in police and "Källorna är utelämnade" not in police
    assert "Källa" in own and SOURCE in own
    # The disclosure log says which of the police's copies held the sources.
    described = [d for name, d in _descriptions(filled) if name == "Polisen Köping"]
    assert len(described) == 2
    assert ["posternas källor" in d for d in described] == [False, True]


def test_with_sources_is_documented_and_refused_where_it_means_nothing(
    filled: Path, tmp_path: Path
) -> None:
    helped = kopingplan("brief", "--help")
    assert helped.returncode == 0 and "--with-sources" in helped.stdout
    out = tmp_path / "c.pdf"
    for extra in (("case", "1", "--recipient", "Polisen Köping", *TERMS), ("lagesbild",)):
        refused = kopingplan(*vault_args(filled), "brief", *extra, "--out", str(out),
                             "--with-sources", stdin=PASSPHRASE)  # fmt: skip
        assert refused.returncode == 2, refused.stderr
        assert "--with-sources" in refused.stderr
        assert not out.exists()
