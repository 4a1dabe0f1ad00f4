"""`kopingplan report …` and `kopingplan log` as a coordinator and an auditor use them."""

from __future__ import annotations

from pathlib import Path

from test_briefs_support import text_of
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from support import PASSPHRASE

__all__ = ["filled"]  # the fixture: a vault with demo data, made through the command line


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_each_report_is_written_signed_and_verifies(filled: Path, tmp_path: Path) -> None:
    for kind, title in (
        ("disclosures", "Utlämnanderapport"),
        ("access-log", "Logguppföljning"),
        ("processing", "Registerförteckning"),
    ):
        out = tmp_path / f"{kind}.pdf"
        made = kopingplan(*vault_args(filled), "report", kind, "--out", str(out),
                          stdin=PASSPHRASE)  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert "Wrote the signed report" in made.stdout
        assert title in text_of(out)
        checked = kopingplan(*vault_args(filled), "verify", str(out), stdin=PASSPHRASE)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_access_log_report_follows_the_filters(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "logg.pdf"
    made = kopingplan(
        *vault_args(filled), "report", "access-log", "--action", "demo.fill",
        "--from", "2020-01-01", "--to", "2099-12-31", "--out", str(out), stdin=PASSPHRASE,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = _flat(text_of(out))
    assert "Fyllde valvet med påhittade demouppgifter (demo.fill)" in text
    assert "2020-01-01 – 2099-12-31" in text
    assert "Skapade valvet" not in text  # vault.create is filtered out
    assert "Obruten" in text
    # An existing file is not replaced without --force.
    again = kopingplan(*vault_args(filled), "report", "access-log", "--out", str(out),
                       stdin=PASSPHRASE)  # fmt: skip
    assert again.returncode != 0 and "already exists" in again.stderr


def test_log_prints_the_rows_and_records_that_it_was_read(filled: Path) -> None:
    first = kopingplan(*vault_args(filled), "log", "--action", "demo.fill", stdin=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.strip().splitlines()
    assert all("\tdemo.fill\t" in line for line in lines[:-1])
    assert lines[-1] == f"{len(lines) - 1} of {len(lines) - 1} rows."
    second = kopingplan(*vault_args(filled), "log", "--action", "audit.view", stdin=PASSPHRASE)
    assert "\taudit.view\taudit_log\t" in second.stdout
    assert second.stdout.strip().splitlines()[-1] == "1 of 1 rows."


def test_a_period_ending_before_it_starts_is_refused(filled: Path, tmp_path: Path) -> None:
    result = kopingplan(*vault_args(filled), "log", "--from", "2026-05-01", "--to", "2026-04-01",
                        stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
