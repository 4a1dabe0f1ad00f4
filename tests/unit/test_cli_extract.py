"""`kopingplan extract PERSON --out FILE.pdf [--withhold KIND:ID --reason TEXT]…` as a coordinator
uses it: the signed extract written, a withheld note gone from its text with the ground in its
place, the act recorded as a disclosure; a refusal prints one line, exits 2 and writes nothing
but the unlock that every command-line run records."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_briefs_support import pdfsig, text_of
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]

GROUND = "OSL 26 kap. 1 §"


def _subject_and_note(folder: Path) -> tuple[int, int, str]:
    """A demo case's subject, and the first note of that case."""
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        row = session.vault.conn.execute(
            "SELECT cp.person_id, n.id, n.text FROM case_participants cp"
            " JOIN notes n ON n.case_id = cp.case_id WHERE cp.role = 'subject'"
            " ORDER BY cp.person_id, n.id LIMIT 1"
        ).fetchone()
    return int(row[0]), int(row[1]), str(row[2])


def _written(folder: Path) -> tuple[int, list[str]]:
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        conn = session.vault.conn
        disclosures = conn.execute("SELECT count(*) FROM disclosures").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return int(disclosures), actions


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_an_extract_is_written_signed_and_recorded(filled: Path, tmp_path: Path) -> None:
    person, note, text = _subject_and_note(filled)
    out = tmp_path / "utdrag.pdf"
    made = kopingplan(
        *vault_args(filled), "extract", str(person), "--out", str(out),
        "--withhold", f"note:{note}", "--reason", GROUND, stdin=PASSPHRASE,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Wrote the signed register extract" in made.stdout
    assert "withheld parts: 1." in made.stdout
    printed = _flat(text_of(out))
    assert "Registerutdrag" in printed
    assert _flat(text) not in printed
    assert f"En anteckning har undantagits från utdraget. Skäl: {GROUND}" in printed
    report = pdfsig(out)
    assert "Signature is Valid." in report and "Total document signed" in report
    _, actions = _written(filled)
    assert actions[-2] == "persons.extract"  # then the unlock of _written itself
    with Session.open(VaultPaths(filled), PASSPHRASE) as session:
        channel = session.vault.conn.execute(
            "SELECT channel FROM disclosures ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
    assert channel == "extract"

    # An existing file is not replaced without --force; with it, it is.
    before = _written(filled)
    again = kopingplan(*vault_args(filled), "extract", str(person), "--out", str(out),
                       stdin=PASSPHRASE)  # fmt: skip
    assert again.returncode == 2 and "already exists" in again.stderr
    assert _written(filled)[0] == before[0]
    forced = kopingplan(*vault_args(filled), "extract", str(person), "--out", str(out),
                        "--force", stdin=PASSPHRASE)  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    assert "withheld parts: 0." in forced.stdout


@pytest.mark.parametrize(
    "extra",
    [
        ("--withhold", "anteckning 12", "--reason", GROUND),  # not KIND:ID
        (
            "--withhold",
            "note:1",
            "--withhold",
            "note:2",
            "--reason",
            "a",
            "--reason",
            "b",
            "--reason",
            "c",
        ),
        ("--reason", GROUND),  # a reason without a part
        ("--withhold", "note:999999", "--reason", GROUND),  # no such part
        ("--withhold", "NOTE", "--reason", "   "),  # an empty ground
    ],
)
def test_a_refusal_writes_nothing(filled: Path, tmp_path: Path, extra: tuple[str, ...]) -> None:
    person, note, _ = _subject_and_note(filled)
    extra = tuple(f"note:{note}" if word == "NOTE" else word for word in extra)
    before = _written(filled)
    out = tmp_path / "utdrag.pdf"
    result = kopingplan(*vault_args(filled), "extract", str(person), "--out", str(out), *extra,
                        stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    english = ("Nothing", "name a part", "needs a", "give one", "ground", "no part")
    assert not [word for word in english if word in result.stderr], result.stderr  # Swedish
    assert not out.exists()
    disclosures, actions = _written(filled)
    assert disclosures == before[0]
    assert set(actions[len(before[1]) :]) <= {"vault.unlock"}


def test_an_unknown_person_is_refused(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "utdrag.pdf"
    result = kopingplan(*vault_args(filled), "extract", "99999", "--out", str(out),
                        stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 2 and "99999" in result.stderr
    assert not out.exists()
