"""`kopingplan brief meeting ID --recipient …` (issue 16, review fixes 56): a copy outside the
own unit is without the lägesbild entries' sources, as in the brief window by default; the own
unit's copy keeps them. Read as the recipients read the PDFs (pdftotext)."""

from __future__ import annotations

from pathlib import Path

from test_briefs_support import text_of
from test_cli import kopingplan
from test_cli_briefs import TERMS, _descriptions, filled, vault_args
from test_sources_default_cli import SOURCE, police_and_own_unit

from support import PASSPHRASE

__all__ = ["filled"]  # the fixture, from the brief command's own tests


def test_a_meeting_brief_copy_for_the_police_is_without_the_sources(
    filled: Path, tmp_path: Path
) -> None:
    meeting_id = police_and_own_unit(filled)  # the police, the own unit, an entry with SOURCE
    out = tmp_path / "ut"
    out.mkdir()
    made = kopingplan(*vault_args(filled), "brief", "meeting", str(meeting_id),
                      "--out", str(out / "mote.pdf"), "--recipient", "Polisen Köping",
                      "--recipient", "Samordningen", *TERMS, stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police, own = (" ".join(text_of(out / f"mote-exemplar-{n}-av-2.pdf").split()) for n in (1, 2))
    assert "Zetaklistermärken" in police and "Zetaklistermärken" in own
    assert SOURCE not in police and SOURCE in own
    assert "Källorna är utelämnade i detta exemplar" in police
    described = dict(_descriptions(filled))["Polisen Köping"]
    assert "lägesbildens poster" in described and "posternas källor" not in described
