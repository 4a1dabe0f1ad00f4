"""`kopingplan verify FILE` given a text file: verify checks a signed brief (a PDF) or an
encrypted package, and its refusal says so. Before, such a file got only "The file is not an
encrypted package (CMS, DER form)" (sv "Filen är inget krypterat paket …"), which misled
someone who meant to check a signed brief."""

from __future__ import annotations

from pathlib import Path

import test_cli
from test_cli import kopingplan

from support import PASSPHRASE

made = test_cli.made  # the fixture: a new vault of its own


def _verify(vault: Path, path: Path, lang: str) -> tuple[int, str]:
    result = kopingplan(
        "--vault", str(vault), "--passphrase-stdin", "verify", str(path),
        stdin=PASSPHRASE, lang=lang,
    )  # fmt: skip
    return result.returncode, result.stderr


def test_a_text_file_is_neither_brief_nor_package_in_english(made: Path, tmp_path: Path) -> None:
    text = tmp_path / "brief.txt"
    text.write_text("Mötesunderlag, unggruppen 2 november\n", encoding="utf-8")
    code, said = _verify(made, text, "en")
    assert code == 1
    assert "neither a signed brief (a PDF) nor an encrypted package" in said
    assert "'kopingplan verify' checks those two" in said
    assert "Nothing was changed" in said
    assert "Traceback" not in said


def test_a_text_file_is_neither_brief_nor_package_in_swedish(made: Path, tmp_path: Path) -> None:
    """The Swedish line names what verify checks; the old sentence alone is gone. (The Swedish
    words come with the catalogue; the command's name stays as typed.)"""
    text = tmp_path / "brief.txt"
    text.write_text("Mötesunderlag\n", encoding="utf-8")
    code, said = _verify(made, text, "sv")
    assert code == 1
    assert "'kopingplan verify'" in said
    assert "Filen är inget krypterat paket" not in said
    assert "Traceback" not in said
