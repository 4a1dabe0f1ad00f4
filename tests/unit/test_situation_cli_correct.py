"""``kopingplan situation assessment correct N --text-file F --reason TEXT`` (issue 18): the
corrected text replaces the assessment, the earlier one is kept with the reason; a missing
assessment, a file that is not plain text, a missing reason or an empty text change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import Result, kopingplan
from test_cli_briefs import vault_args

from kopingplan.services import situation
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    made = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "init",
        "--name", "Anna Lindqvist", "--org", "Köpings kommun", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = tmp_path / "bedömning.txt"
    text.write_text("Läget i Köping är lugnt.\n", encoding="utf-8")
    added = kopingplan(
        *vault_args(folder), "situation", "assessment", "add", "--from", "2026-01-01",
        "--to", "2026-06-30", "--text-file", str(text), stdin=PASSPHRASE,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return folder


def _correct(folder: Path, *args: str) -> Result:
    return kopingplan(
        *vault_args(folder), "situation", "assessment", "correct", *args, stdin=PASSPHRASE
    )


def _detail(folder: Path) -> situation.AssessmentDetail:
    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        return situation.assessment_detail(session, 1)


def test_a_correction_keeps_the_earlier_text_with_its_reason(
    cli_vault: Path, tmp_path: Path
) -> None:
    text = tmp_path / "rättad.txt"
    text.write_text("Oroligt kring Centrumskolan sedan maj.\n", encoding="utf-8")
    done = _correct(cli_vault, "1", "--text-file", str(text), "--reason", "ny uppgift från skolan")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Corrected assessment 1; the earlier text is kept."
    detail = _detail(cli_vault)
    assert detail.assessment.text == "Oroligt kring Centrumskolan sedan maj."
    [earlier] = detail.versions
    assert (earlier.record.text, earlier.reason) == (
        "Läget i Köping är lugnt.",
        "ny uppgift från skolan",
    )
    listed = kopingplan(*vault_args(cli_vault), "situation", "assessment", "list",
                        stdin=PASSPHRASE)  # fmt: skip
    assert "Oroligt kring Centrumskolan" in listed.stdout
    again = _correct(cli_vault, "1", "--text-file", str(text), "--reason", "samma")
    assert again.returncode == 0
    assert "nothing was changed" in again.stdout
    assert len(_detail(cli_vault).versions) == 1


def test_a_refused_correction_changes_nothing(cli_vault: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n...")
    blank = tmp_path / "tom.txt"
    blank.write_text("   \n", encoding="utf-8")
    good = tmp_path / "rättad.txt"
    good.write_text("Ny text.\n", encoding="utf-8")
    for args in (
        ("1", "--text-file", str(pdf), "--reason", "r"),  # not plain text
        ("1", "--text-file", str(blank), "--reason", "r"),  # an empty assessment
        ("7", "--text-file", str(good), "--reason", "r"),  # no such assessment
        ("1", "--text-file", str(good)),  # no reason
        ("x", "--text-file", str(good), "--reason", "r"),  # not a number
    ):
        refused = _correct(cli_vault, *args)
        assert refused.returncode == 2, args
        assert refused.stderr.strip(), args
    detail = _detail(cli_vault)
    assert detail.assessment.text == "Läget i Köping är lugnt." and not detail.versions
