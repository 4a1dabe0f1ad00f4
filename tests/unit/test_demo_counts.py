"""``kopingplan demo`` says what it added in words, every kind the demo fills (the later
records' tables too, which ``info`` does not count), in English and in Swedish."""

from __future__ import annotations

import re
from pathlib import Path

from test_cli import kopingplan, made  # noqa: F401 (the fixture: a new vault)

from kopingplan.services import demo
from kopingplan.services.demo.kinds import KIND_WORDS, PARTS
from kopingplan.services.session import Session

from support import PASSPHRASE


def _counted(line: str, prefix: str) -> dict[str, int]:
    assert line.startswith(prefix), line
    pairs = [re.fullmatch(r"(.+) (\d+)", part) for part in line[len(prefix) :].split(", ")]
    assert all(pairs), line
    return {p.group(1): int(p.group(2)) for p in pairs if p}


def test_every_kind_the_demo_fills_has_words(session: Session) -> None:
    counts = demo.fill(session, cases=6, seed=2, notes_per_case=2, every_kind=True)
    filled = {name for name, rows in counts.items() if rows}
    assert sorted(filled - set(KIND_WORDS) - PARTS) == [], "add their words to demo/kinds.py"
    # The later records are counted too, not only the tables `info` counts.
    assert {"concerns", "attachments", "activities", "commitments", "consents"} <= filled


def test_the_count_line_in_words_in_both_languages(made: Path) -> None:  # noqa: F811
    run = ("--vault", str(made), "--passphrase-stdin", "demo", "--cases", "5", "--seed", "4")
    english = kopingplan(*run, stdin=PASSPHRASE)
    assert english.returncode == 0, english.stderr
    line = english.stdout.strip()
    counted = _counted(line, "Added demo data: ")
    assert counted["cases"] == 5
    assert counted["lägesbild entries"] > 0 and counted["incoming concerns"] > 0
    assert counted["items received from the police"] > 0
    assert not [word for word in counted if "_" in word], "a table's name, not words"
    assert "attachment_chunks" not in line

    swedish = kopingplan(*run, stdin=PASSPHRASE, lang="sv")
    assert swedish.returncode == 0, swedish.stderr
    svenska = _counted(swedish.stdout.strip(), "Lade till demodata: ")
    assert svenska["ärenden"] == 5
    assert svenska["lägesbildsposter"] > 0 and svenska["inkommande oro"] > 0
    assert not set(svenska) & set(counted), "every word in Swedish"
