"""Schema version 10's upgrade (v10/10_plan_search.sql) of a vault with thousands of
activities, killed for real (SIGKILL) while it runs: the vault opens afterwards, is still at
version 9 or wholly at 10, and once upgraded finds every activity exactly once (no half-built
index, no trigger without its backfill). Helper 124's review of this session's changes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import kopingplan
from kopingplan.storage import migrations
from kopingplan.storage import repositories as repo
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

DATA = Path(__file__).resolve().parent.parent / "data"
ACTIVITIES = 3_000
WAIT_S = 60


def _child_env() -> dict[str, str]:
    source = str(Path(kopingplan.__file__).resolve().parents[1])
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])),
    }


# The child opens the vault (which upgrades it) and says when version 10's step starts.
CHILD = textwrap.dedent("""
    import sys
    from kopingplan.storage import migrations
    from kopingplan.storage.vault import Vault, VaultPaths
    real = migrations.STEPS[10]
    def step(conn):
        print("v10", flush=True)
        real(conn)
    migrations.STEPS[10] = step
    with Vault.open(VaultPaths(sys.argv[1]), sys.stdin.readline().rstrip("\\n")) as vault:
        print("opened", vault.schema_version(), flush=True)
""")


@pytest.fixture
def at_v9(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> VaultPaths:
    """The first released vault brought to version 9, with thousands of activities of a few
    hundred words each (indexed by nothing at version 9)."""
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    paths = VaultPaths(folder)
    words = random.Random(124)
    vocabulary = ["moskén", "fritidsgården", "samtal", "kvällar", *(f"ord{i}" for i in range(900))]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "LATEST", 9)
        with Vault.open(paths, PASSPHRASE) as vault, vault.transaction() as conn:
            for n in range(ACTIVITIES):
                text = " ".join(words.choice(vocabulary) for _ in range(300))
                conn.execute(
                    "INSERT INTO activities (held_on, kind, title, description) "
                    "VALUES ('2026-05-04', 'training', ?, ?)",
                    (f"Aktivitet nummer{n}", text),
                )
    return paths


def _killed_during_v10(paths: VaultPaths, delay: float) -> str:
    """Opens the vault in a child, kills it ``delay`` s into version 10's step; what the child
    printed after "v10" (nothing, or "opened 10" when it was done first)."""
    pipe = subprocess.PIPE
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.folder)],
        stdin=pipe, stdout=pipe, stderr=pipe, text=True, env=_child_env(),
    ) as child:  # fmt: skip
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        line = child.stdout.readline().strip()
        assert line == "v10", (line, child.stderr.read() if child.stderr else "")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=WAIT_S)
        return out.strip()


def test_an_upgrade_to_v10_killed_midway_leaves_a_vault_that_upgrades_whole(
    at_v9: VaultPaths,
) -> None:
    said = []
    for delay in (0.0, 0.05, 0.2):
        # Tried again at once: each try reaches version 10's step (or its child says why not).
        said.append(_killed_during_v10(at_v9, delay))
    assert "opened" not in said[0]  # the first kill struck mid-way

    started = time.monotonic()
    with Vault.open(at_v9, PASSPHRASE) as vault:
        took = time.monotonic() - started
        assert vault.schema_version() == migrations.LATEST
        conn = vault.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        indexed = conn.execute(
            "SELECT count(*) FROM search_index WHERE rowid BETWEEN ? AND ?",
            (19 << 48, (20 << 48) - 1),
        ).fetchone()[0]
        assert indexed == ACTIVITIES  # each once
        assert [h.kind for h in repo.search(conn, "nummer2999")] == ["activity"]
    assert took < 30, f"opening with the upgrade took {took:.1f} s"
