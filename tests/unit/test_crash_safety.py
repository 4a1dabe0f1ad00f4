"""Crashes and faults, done for real: kill -9 while saving, a full disk, two openings, core
dumps. Each ends with the vault intact and every acknowledged save in it."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

import kopingplan
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import search, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE, snapshot

NOW = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
KILL_RUNS = 30

# Saves notes of random length in a loop and prints each id once save() has returned: a
# printed id is an acknowledged write, which must survive whatever comes next.
SAVER = textwrap.dedent("""
    import random, sys
    from datetime import UTC, datetime
    from kopingplan.domain import model as m
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    folder, case_id, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    words = random.Random(seed)
    session = Session.open(VaultPaths(folder), sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    while True:
        text = "anteckning " + " ".join("ord%d" % words.randint(0, 999)
                                        for _ in range(words.randint(1, 4000)))
        note = session.save(m.Note(case_id, datetime.now(UTC), text))
        print(note.id, flush=True)
""")


def _child_env() -> dict[str, str]:
    source = str(Path(kopingplan.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    return env


def killed_when_written(script: str, *arguments: str) -> None:
    """Runs ``script`` with the passphrase on its stdin and kills it (SIGKILL) once it prints
    "written"; what it printed instead, and its errors, fail the test."""
    pipe = subprocess.PIPE
    with subprocess.Popen(
        [sys.executable, "-c", script, *arguments],
        stdin=pipe, stdout=pipe, stderr=pipe, text=True, env=_child_env(),
    ) as child:  # fmt: skip
        assert child.stdin is not None and child.stdout is not None and child.stderr is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        said = child.stdout.readline().strip()
        if said != "written":
            raise AssertionError(said + child.stderr.read())
        child.send_signal(signal.SIGKILL)


def _case(session: Session) -> int:
    case = session.save(m.Case("Ärende", m.Level.INDIVIDUAL, m.Orientation.ISLAMIST, NOW.date()))
    assert case.id is not None
    return case.id


def _run_and_kill(paths: VaultPaths, case_id: int, run: int, chooser: random.Random) -> set[int]:
    """Starts a saver, kills it at a random moment, returns the ids it acknowledged."""
    child = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(paths.folder), str(case_id), str(run)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_child_env(),
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    # Kill during start-up (key derivation, WAL recovery, the unlock row) in some runs, and
    # after a random number of saves, in the middle of the next one, in the others.
    acknowledged = 0 if chooser.random() < 0.2 else chooser.randint(1, 25)
    lines = []
    if acknowledged:
        assert child.stdout.readline().strip() == "ready"
        lines = [child.stdout.readline() for _ in range(acknowledged)]
    child.send_signal(signal.SIGKILL)
    child.wait()
    lines += child.stdout.readlines()  # printed before the kill: acknowledged as well
    child.stdin.close()
    child.stdout.close()
    return {int(line) for line in lines if line.strip().isdigit()}


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_while_saving_the_vault_opens_intact_with_every_acknowledged_note(
    session: Session,
) -> None:
    case_id = _case(session)
    paths = session.vault.paths
    session.close()
    chooser = random.Random(20261103)
    acknowledged: set[int] = set()
    for run in range(KILL_RUNS):
        acknowledged |= _run_and_kill(paths, case_id, run, chooser)
        # Opening runs cipher_integrity_check and integrity_check; it would refuse otherwise.
        with Session.open(paths, PASSPHRASE, record_unlock=False) as reopened:
            report = vault_health.check(reopened)
            assert report.ok, (run, report)
            stored = {
                row[0]
                for row in reopened.vault.conn.execute(
                    "SELECT id FROM notes WHERE case_id = ?", (case_id,)
                )
            }
            missing = acknowledged - stored
            assert not missing, (run, sorted(missing))
    assert len(acknowledged) > KILL_RUNS  # the runs did save, not only start


# --- a full disk during a save --------------------------------------------------------------


def test_a_full_disk_during_a_save_is_a_clear_error_and_changes_nothing(
    session: Session,
) -> None:
    case_id = _case(session)
    kept = session.save(m.Note(case_id, NOW, "Sparad före"))
    conn = session.vault.conn
    # SQLite's own limit stands in for a full disk: max_page_count belongs to the connection,
    # so it is set on the session's own one. A few pages more than the vault has now.
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    rows_before = len(audit.entries(conn, limit=10_000))
    big = " ".join(f"ord{n}" for n in range(12_000))  # about 90,000 characters
    with pytest.raises(errors.DiskFull) as caught:
        session.save(m.Note(case_id, NOW, big))
    assert "disk is full" in caught.value.translated()
    # Nothing of the failed save, no audit row for it, everything before it intact.
    assert [row[0] for row in conn.execute("SELECT id FROM notes")] == [kept.id]
    assert len(audit.entries(conn, limit=10_000)) == rows_before
    assert search.search(session, "ord11999") == []
    assert vault_health.check(session).ok
    # Still usable: space freed (the limit lifted), the same save goes through.
    conn.execute("PRAGMA max_page_count = 1073741823")
    saved = session.save(m.Note(case_id, NOW, big))
    assert session.get(m.Note, saved.id).text == big  # type: ignore[arg-type]
    assert vault_health.check(session).ok


# --- two openings of one vault --------------------------------------------------------------


def test_a_second_opening_is_told_the_vault_is_in_use_and_nothing_breaks(
    session: Session,
) -> None:
    case_id = _case(session)
    session.save(m.Note(case_id, NOW, "Första fönstret"))
    paths = session.vault.paths
    before = snapshot(paths.folder)
    with pytest.raises(errors.VaultInUse):
        Vault.open(paths, PASSPHRASE)
    with pytest.raises(errors.VaultInUse):
        Session.open(paths, PASSPHRASE)
    assert snapshot(paths.folder) == before
    session.save(m.Note(case_id, NOW, "Fortfarande öppet"))  # the first is unaffected
    session.close()
    with Session.open(paths, PASSPHRASE) as again:
        assert vault_health.check(again).ok
        assert len(search.search(again, "öppet")) == 1


# --- core dumps -----------------------------------------------------------------------------

PROBE = textwrap.dedent("""
    import ctypes, ctypes.util, json, resource
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    PR_GET_DUMPABLE = 3

    def state():
        return [list(resource.getrlimit(resource.RLIMIT_CORE)),
                libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)]

    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:  # make sure there is something to switch off
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    except (ValueError, OSError):
        pass
    before = state()
    from kopingplan import hardening
    hardening.apply()
    print(json.dumps([before, state()]))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")
def test_core_dumps_are_off_after_hardening() -> None:
    """In a child process, so this test process keeps its own settings."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        env=_child_env(),
    )
    before, after = json.loads(result.stdout)
    assert before[1] == 1  # the probe sees a dumpable process …
    assert after == [[0, 0], 0]  # … and hardening made it neither dump nor be dumpable


TMPDIR_PROBE = textwrap.dedent("""
    import json, os, tempfile
    from PySide6.QtCore import QDir
    from kopingplan import hardening
    hardening.apply()
    print(json.dumps([os.environ.get("TMPDIR"), tempfile.gettempdir(), QDir.tempPath()]))
""")


@pytest.mark.skipif(os.name != "posix", reason="XDG_RUNTIME_DIR is a POSIX session folder")
def test_temporary_files_go_to_the_private_runtime_folder(tmp_path: Path) -> None:
    """Qt's print spool file and any library's temporary file land in the user's tmpfs."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", TMPDIR_PROBE],
        capture_output=True,
        text=True,
        check=True,
        env={**_child_env(), "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)},
    )
    private = str(runtime / "kopingplan")
    assert json.loads(result.stdout) == [private, private, private]
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="XDG_RUNTIME_DIR is a POSIX session folder")
def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o755)
    runtime.chmod(0o755)
    result = subprocess.run(
        [sys.executable, "-c", TMPDIR_PROBE],
        capture_output=True,
        text=True,
        check=True,
        env={**_child_env(), "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)},
    )
    assert json.loads(result.stdout)[0] == str(tmp_path)
    assert not (runtime / "kopingplan").exists()
