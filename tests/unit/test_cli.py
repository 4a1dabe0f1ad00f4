"""The command line as a coordinator or a script uses it: real vaults, real subprocesses."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kopingplan.cli import main
from kopingplan.services import cases, search
from kopingplan.storage import migrations
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE, raw_connection, snapshot

NEW_PASSPHRASE = "gädda kvarnhjul molnfri tegelsten"


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def kopingplan(*args: str, stdin: str = "", lang: str = "en") -> Result:
    """Runs the command line in this process (fast Argon2id from conftest), capturing output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(["--lang", lang, *args], stdin=io.StringIO(stdin), stdout=out)
        except SystemExit as exit_:  # argparse's --version and --help
            code = int(exit_.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def made(tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    result = kopingplan(
        "--vault",
        str(folder),
        "--passphrase-stdin",
        "init",
        "--name",
        "Anna Lindqvist",
        "--org",
        "Köpings kommun",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    from kopingplan import __version__

    result = kopingplan("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_init_prints_the_fingerprint_and_info_shows_it(made: Path) -> None:
    result = kopingplan("--vault", str(made), "--passphrase-stdin", "info", stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert f"Schema version: {migrations.LATEST}" in result.stdout
    assert "cipher_version: 4." in result.stdout
    assert "Anna Lindqvist, Köpings kommun" in result.stdout
    fingerprint = next(ln for ln in result.stdout.splitlines() if "fingerprint" in ln)
    assert len(fingerprint.split(": ", 1)[1].split()) == 16


def test_init_refuses_a_weak_passphrase_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "valv"
    result = kopingplan(
        "--vault",
        str(folder),
        "--passphrase-stdin",
        "init",
        "--name",
        "A",
        "--org",
        "B",
        stdin="sommar2024\n",
    )
    assert result.returncode == 2
    assert "too weak" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not folder.exists()


def test_errors_are_swedish_by_default(made: Path) -> None:
    result = kopingplan(
        "--vault", str(made), "--passphrase-stdin", "info", stdin="fel lösenfras\n", lang="sv"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("kopingplan: Fel lösenfras")


def test_wrong_passphrase_is_one_line_exit_2_and_changes_nothing(made: Path) -> None:
    before = snapshot(made)
    result = kopingplan("--vault", str(made), "--passphrase-stdin", "info", stdin="fel\n")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "kopingplan: Wrong passphrase. Nothing was changed; try again (check Caps Lock)."
    ]
    assert snapshot(made) == before


def test_missing_vault_is_reported_before_asking_for_a_passphrase(tmp_path: Path) -> None:
    result = kopingplan("--vault", str(tmp_path / "inget"), "info")
    assert result.returncode == 2
    assert "There is no vault" in result.stderr


def test_no_passphrase_without_a_terminal(made: Path) -> None:
    result = kopingplan("--vault", str(made), "info")
    assert result.returncode == 2
    assert "No passphrase was given" in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = kopingplan("frobnicate")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_passes_on_a_fresh_vault(made: Path) -> None:
    result = kopingplan("--vault", str(made), "--passphrase-stdin", "check", stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_check_reports_a_tampered_audit_row(made: Path) -> None:
    conn = raw_connection(VaultPaths(made), PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1")
    conn.close()
    result = kopingplan("--vault", str(made), "--passphrase-stdin", "check", stdin=PASSPHRASE)
    assert result.returncode == 1
    assert "Audit log: row 1 was changed after it was written" in result.stdout


def test_passwd_changes_the_passphrase(made: Path) -> None:
    db_before = (made / "vault.db").read_bytes()
    result = kopingplan(
        "--vault",
        str(made),
        "--passphrase-stdin",
        "passwd",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
    )
    assert result.returncode == 0, result.stderr
    old = kopingplan("--vault", str(made), "--passphrase-stdin", "info", stdin=PASSPHRASE)
    assert old.returncode == 2
    new = kopingplan("--vault", str(made), "--passphrase-stdin", "info", stdin=NEW_PASSPHRASE)
    assert new.returncode == 0, new.stderr
    # The database itself was not re-encrypted; only the key file changed (and the audit row).
    conn = raw_connection(VaultPaths(made), NEW_PASSPHRASE)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    conn.close()
    # The old passphrase's try is logged at the next unlock (storage/attempts.py).
    assert actions[-2:] == ["vault.passphrase_changed", "vault.unlock"]
    assert len(db_before) > 0


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(made: Path) -> None:
    before = snapshot(made)
    result = kopingplan(
        "--vault",
        str(made),
        "--passphrase-stdin",
        "passwd",
        stdin=f"fel fel fel\n{NEW_PASSPHRASE}\n",
    )
    assert result.returncode == 2
    assert snapshot(made) == before


def test_identity_export_cert_writes_the_public_certificate_only(
    made: Path, tmp_path: Path
) -> None:
    out = tmp_path / "samordnare.pem"
    result = kopingplan(
        "--vault",
        str(made),
        "--passphrase-stdin",
        "identity",
        "export-cert",
        str(out),
        stdin=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE" not in text


@pytest.mark.slow
def test_end_to_end_in_a_real_process_with_the_real_kdf(tmp_path: Path) -> None:
    """No test shortcuts: calibrated Argon2id, a fresh interpreter, Swedish messages."""
    folder = tmp_path / "valv"
    env = dict(os.environ, KOPINGPLAN_LANG="sv")

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "kopingplan",
                "--vault",
                str(folder),
                "--passphrase-stdin",
                *args,
            ],
            input=stdin,
            text=True,
            capture_output=True,
            env=env,
            timeout=120,
        )

    made = run(
        "init", "--name", "Anna Lindqvist", "--org", "Köpings kommun", stdin=PASSPHRASE + "\n"
    )
    assert made.returncode == 0, made.stderr
    assert run("check", stdin=PASSPHRASE).returncode == 0
    wrong = run("info", stdin="fel\n")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("kopingplan: Fel lösenfras")


def test_demo_then_search_finds_swedish_words_and_not_their_ascii_cousins(made: Path) -> None:
    filled = kopingplan(
        "--vault", str(made), "--passphrase-stdin", "demo", "--cases", "12", stdin=PASSPHRASE
    )
    assert filled.returncode == 0, filled.stderr
    hits = kopingplan(
        "--vault", str(made), "--passphrase-stdin", "search", "skolan", stdin=PASSPHRASE
    )
    assert hits.returncode == 0, hits.stderr
    lines = hits.stdout.strip().splitlines()
    assert lines, "the demo's most common word was not found"
    kinds = {"case", "incoming concern", "person", "organisation", "note", "contact",
             "exit plan", "relative support", "meeting", "incident", "incoming item",
             "situation entry", "attachment"}  # fmt: skip
    for line in lines:
        kind, number, case, day, snippet = line.split("\t")
        assert kind in kinds
        assert int(number) > 0
        assert case == "-" or int(case.removeprefix("#")) > 0
        assert day == "-" or len(day) == 10
        assert "skolan" in snippet.lower()
    # "för" is everywhere in Swedish notes; "for" must not match it (å ä ö are letters), so
    # every hit has a word that really starts with "for" ("forum", "fortsatt").
    fors = kopingplan("--vault", str(made), "--passphrase-stdin", "search", "for", stdin=PASSPHRASE)
    assert fors.stdout.strip()
    for line in fors.stdout.splitlines():
        words = [w.strip(".,;:…!?()\"'") for w in line.split("\t")[4].lower().split()]
        assert any(w.startswith("for") for w in words), line
    assert "\x02" not in fors.stdout and "\x03" not in fors.stdout


def test_search_with_only_punctuation_is_a_clear_error(made: Path) -> None:
    result = kopingplan(
        "--vault", str(made), "--passphrase-stdin", "search", '"*()', stdin=PASSPHRASE
    )
    assert result.returncode == 2
    assert "no words to look for" in result.stderr


def test_no_vault_file_holds_the_plaintext_of_what_is_stored(made: Path) -> None:
    """Someone with the files but not the passphrase reads nothing: not a note, not a name."""
    from kopingplan.services import demo
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    from support import all_bytes

    with Session.open(VaultPaths(made), PASSPHRASE) as session:
        demo.fill(session, cases=20, seed=3)
        note = search.search(session, "skolan", limit=1)[0]
        case = cases.list_cases(session, limit=1)[0]
        persons = cases.open_case(session, case.id).participants
        # Leave the WAL in place too: it must be as unreadable as the database.
        probes = {
            case.title,
            persons[0][1].family_name if persons else "Köpings kommun",
            "Anna Lindqvist",
            "Köpings kommun",
        }
        probes |= {
            w for w in note.snippet.replace("\x02", " ").replace("\x03", " ").split() if len(w) >= 7
        }
        files = all_bytes(made)
    assert files
    for probe in probes:
        for encoding in ("utf-8", "utf-16-le"):
            assert probe.encode(encoding) not in files, probe
    assert b"SQLite format 3" not in files


def test_a_bad_date_or_limit_is_one_swedish_line_and_changes_nothing(made: Path) -> None:
    before = snapshot(made)
    for args, expected in (
        (
            ("report", "access-log", "--from", "2026-13-01", "--out", str(made.parent / "r.pdf")),
            "kopingplan: --from: '2026-13-01' är inget datum (ÅÅÅÅ-MM-DD)",
        ),
        (("disclosures", "--to", "igår"), "kopingplan: --to: 'igår' är inget datum (ÅÅÅÅ-MM-DD)"),
        (("log", "--limit", "-5"), "kopingplan: --limit: '-5' ligger inte mellan 1 och 100000"),
    ):
        result = kopingplan(
            "--vault", str(made), "--passphrase-stdin", *args, stdin=f"{PASSPHRASE}\n", lang="sv"
        )
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [f"{expected} (se 'kopingplan --help')"]
    assert snapshot(made) == before
    assert not (made.parent / "r.pdf").exists()
