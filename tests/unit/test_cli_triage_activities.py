"""`kopingplan triage …` and `kopingplan activity …`, as a coordinator uses them: each change is
one audit row, the lists say what the GUI's lists say, and a refusal is one line, exit 2, with
nothing written but the unlock every command line run records."""

from __future__ import annotations

from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]


def _run(folder: Path, *args: str, lang: str = "en") -> object:
    return kopingplan(*vault_args(folder), *args, stdin=PASSPHRASE, lang=lang)


def _actions(folder: Path) -> list[str]:
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        rows = session.vault.conn.execute("SELECT action FROM audit_log ORDER BY seq")
        return [r[0] for r in rows]


def test_flags_and_priority_are_set_listed_and_cleared(filled: Path) -> None:
    flagged = _run(
        filled, "triage", "flag", "2", "--kind", "weapons", "--reason", "Bilder med vapen"
    )
    assert flagged.returncode == 0, flagged.stderr  # type: ignore[attr-defined]
    assert flagged.stdout.strip() == "Case 2: flag 1 set (Weapons)."  # type: ignore[attr-defined]
    assert _run(filled, "triage", "priority", "4", "--set", "high").returncode == 0  # type: ignore[attr-defined]
    listed = _run(filled, "triage", "list")
    assert listed.stdout.splitlines() == ["2\tNormal\tWeapons", "Cases: 1."]  # type: ignore[attr-defined]
    high = _run(filled, "triage", "list", "--priority", "high")
    assert high.stdout.splitlines() == ["4\tHigh\t–", "Cases: 1."]  # type: ignore[attr-defined]
    swedish = _run(filled, "triage", "list", "--flag", "weapons", lang="sv")
    assert swedish.stdout.splitlines()[0] == "2\tNormal\tVapen"  # type: ignore[attr-defined]

    cleared = _run(filled, "triage", "clear", "1", "--reason", "Leksaksvapen enligt polisen")
    assert cleared.stdout.strip() == "Case 2: flag 1 cleared (Weapons)."  # type: ignore[attr-defined]
    assert _run(filled, "triage", "list").stdout.splitlines() == ["Cases: 0."]  # type: ignore[attr-defined]
    changes = [a for a in _actions(filled) if a.startswith("cases.")]
    assert changes == ["cases.flag", "cases.priority", "cases.unflag"]


def test_triage_refusals_write_nothing(filled: Path) -> None:
    assert _run(filled, "triage", "flag", "1", "--kind", "weapons", "--reason", "x").returncode == 0  # type: ignore[attr-defined]
    before = _actions(filled)
    for args in (
        ("triage", "flag", "1", "--kind", "weapons", "--reason", "igen"),  # set already
        ("triage", "flag", "999", "--kind", "weapons", "--reason", "x"),  # no such case
        ("triage", "flag", "1", "--kind", "travel_plans", "--reason", "   "),  # blank reason
        ("triage", "flag", "1", "--kind", "rockets", "--reason", "x"),  # no such flag
    ):
        result = _run(filled, *args, lang="sv")
        assert result.returncode == 2, args  # type: ignore[attr-defined]
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # type: ignore[attr-defined]
        assert "Traceback" not in result.stderr  # type: ignore[attr-defined]
    assert set(_actions(filled)[len(before) :]) == {"vault.unlock"}


def test_activities_are_recorded_listed_and_removed(filled: Path) -> None:
    added = _run(
        filled, "activity", "add", "--on", "2026-03-10", "--kind", "training",
        "--title", "Utbildning för skolpersonal", "--participants", "35",
        "--theme", "right", "--theme", "right", "--target-group", "Personal på högstadiet",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr  # type: ignore[attr-defined]
    assert added.stdout.strip() == "Recorded activity 1."  # type: ignore[attr-defined]
    _run(filled, "activity", "add", "--on", "2026-04-02", "--kind", "dialogue",
         "--title", "Samtal med föreningsrådet")  # fmt: skip
    listed = _run(filled, "activity", "list").stdout.splitlines()  # type: ignore[attr-defined]
    assert listed == [
        "2\t2026-04-02\tDialogue with faith communities or associations\t–\t"
        "Samtal med föreningsrådet",
        "1\t2026-03-10\tTraining of staff\t35\tUtbildning för skolpersonal",
        "Activities: 2; participants: 35.",
    ]
    only = _run(filled, "activity", "list", "--kind", "training", lang="sv").stdout  # type: ignore[attr-defined]
    assert only.splitlines()[-1] == "Aktiviteter: 1; deltagare: 35."
    removed = _run(filled, "activity", "remove", "2")
    assert removed.stdout.strip() == "Removed activity 2."  # type: ignore[attr-defined]
    actions = [a for a in _actions(filled) if a.startswith("activities.")]
    assert actions == ["activities.add", "activities.add", "activities.delete"]


def test_activity_refusals_write_nothing(filled: Path) -> None:
    before = _actions(filled)
    for args in (
        ("activity", "add", "--on", "2026-03-10", "--kind", "training", "--title", "X",
         "--organiser", "999"),  # not in the registry
        ("activity", "add", "--on", "2026-03-10", "--kind", "training", "--title", "X",
         "--participants", "-3"),
        ("activity", "add", "--on", "2026-13-10", "--kind", "training", "--title", "X"),
        ("activity", "add", "--on", "2026-03-10", "--kind", "training", "--title", "X",
         "--follow-up-on", "2026-03-01"),  # before the day held
        ("activity", "remove", "77"),
    ):  # fmt: skip
        result = _run(filled, *args)
        assert result.returncode == 2, (args, result.stdout)  # type: ignore[attr-defined]
        assert "Traceback" not in result.stderr  # type: ignore[attr-defined]
    assert set(_actions(filled)[len(before) :]) <= {"vault.unlock"}
