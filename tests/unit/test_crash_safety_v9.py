"""This session's new writes, killed for real (kill -9) in the middle: moving incoming items
between cases with their link history and audit row, saving an attached file as a plain copy,
and importing a package of many large images. After each kill the vault opens (its integrity
checks run at opening), the audit chain verifies, and each act is there whole or not at all:
a history row with its audit row and the item's case, every image of the package or none,
a complete copy at the chosen name or nothing there (a temporary name at most)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import pytest
from test_check_damage import kopingplan
from test_crash_safety import _child_env

from kopingplan.domain import model as m
from kopingplan.services import exchange, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
]

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n"
LINK_ACTIONS = ("incoming_items.link", "incoming_items.relink", "incoming_items.unlink")

# One child per run: it opens the vault, says "ready", then does one kind of write over and
# over, printing a line once each write has returned (an acknowledged write).
CHILD = textwrap.dedent("""
    import json, random, sys, types
    from datetime import UTC, datetime
    from kopingplan.domain.model import IncomingRecord, SenderTerms
    from kopingplan.services import exchange
    from kopingplan.services.exchange.incoming import ImportPreview
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    mode, folder, arg = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    session = Session.open(VaultPaths(folder), sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    if mode == "relink":
        words = random.Random(arg["seed"])
        first, second = arg["cases"]
        step = {None: first, first: second, second: None}
        n = 0
        while True:
            item_id = arg["items"][n % len(arg["items"])]
            now = exchange.incoming_items(session, limit=1000)
            case_id = next(i.case_id for i in now if i.id == item_id)
            size = words.randint(1, 120)
            reason = " ".join("skäl%d" % words.randint(0, 99) for _ in range(size))[:1000]
            if step[case_id] is None:
                exchange.unlink_incoming(session, item_id, reason)
            else:
                exchange.link_incoming(session, item_id, step[case_id], reason)
            print(item_id, step[case_id], flush=True)
            n += 1
    elif mode == "copy":
        if arg["drive"] == "no links":  # a FAT USB stick: no hard links, and a slow one
            import builtins, errno, os, time
            from kopingplan import files

            def no_links(*args, **kwargs):
                raise OSError(errno.EPERM, "Operation not permitted")

            class Slowly:
                def __init__(self, handle):
                    self.handle = handle
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    self.handle.close()
                def read(self, size=-1):
                    print("reading", flush=True)
                    time.sleep(0.2)
                    return self.handle.read(size)

            os.link = no_links
            files.open = lambda path, mode="r": Slowly(builtins.open(path, mode))
        if arg["pause"]:  # stopped once a copy is in place under its name
            import time
            from kopingplan.storage import atomic

            def in_place(folder):
                print("in place", flush=True)
                time.sleep(60)

            atomic.fsync_directory = in_place
        k = 0
        while True:
            target = "%s/kopia-%d.png" % (arg["out"], k)
            exchange.save_incoming_copy(session, arg["item"], target)
            print(k, flush=True)
            k += 1
    elif mode == "organisation":
        from dataclasses import replace
        from kopingplan.briefs import content_profiles as cp
        from kopingplan.domain import model as m
        from kopingplan.services import registry
        one, other = cp.PARTS[:1], cp.PARTS[1:3]
        k = arg["start"]
        while True:
            # A new organisation with its profile, and the form's Save on an existing one:
            # its name and its profile changed together (odd k: one part, even: two).
            made = registry.save_organisation(
                session, m.Organisation("Ny %d" % k, m.OrganisationKind.POLICE), one
            )
            old = registry.open_organisation(session, arg["organisation"]).organisation
            registry.save_organisation(
                session, replace(old, name="Växeln %d" % k), one if k % 2 else other
            )
            print(made.id, k, flush=True)
            k += 1
    elif mode == "import":
        chunk = random.Random(arg["seed"]).randbytes(arg["size"])
        records = tuple(
            IncomingRecord("attachment", "", title="Bild %d.png" % i,
                           attachment=b"\\x89PNG\\r\\n\\x1a\\n" + bytes([i]) + chunk)
            for i in range(arg["count"])
        )
        sender = types.SimpleNamespace(fingerprint="AB" * 32, label="Kontaktpolis, Polisen")
        terms = SenderTerms("OSL 10 kap. 2 §", "Karin Berg", "Bedömning")
        preview = ImportPreview(sender, arg["package"], datetime.now(UTC), None, "ef" * 32,
                                records, terms)
        print("importing", flush=True)
        exchange.accept_import(session, preview, case_id=arg["case"])
        print("imported", flush=True)
""")


class Child:
    """A writer in a real subprocess, to be killed with SIGKILL."""

    def __init__(self, mode: str, paths: VaultPaths, arg: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, mode, str(paths.folder), json.dumps(arg)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_child_env(),
        )
        assert self.process.stdin is not None
        self.process.stdin.write(PASSPHRASE + "\n")
        self.process.stdin.flush()
        self.lines: list[str] = []

    @property
    def stdout(self) -> IO[str]:
        assert self.process.stdout is not None
        return self.process.stdout

    def read(self, count: int) -> None:
        for _ in range(count):
            line = self.stdout.readline()
            if not line:  # the child died on its own: show why
                assert self.process.stderr is not None
                raise AssertionError(self.process.stderr.read())
            self.lines.append(line.strip())

    def read_until(self, wanted: str) -> None:
        while not self.lines or self.lines[-1] != wanted:
            self.read(1)

    def kill(self, after: float = 0.0) -> list[str]:
        """SIGKILL after ``after`` seconds; every line printed before it (acknowledged)."""
        time.sleep(after)
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.lines += [line.strip() for line in self.stdout.readlines()]
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return [line for line in self.lines if line != "ready"]


def _items(session: Session, count: int, attachment: bytes | None = None) -> list[int]:
    """Incoming items without a case, as an import leaves them."""
    package_id = f"p-{random.randrange(10**9)}"
    with session.vault.transaction() as conn:
        exchange_repo.insert_imported_package(
            conn, package_id=package_id, content_sha256="cd" * 32, sender_fingerprint="F",
            created_at=NOW.isoformat(), imported_at=NOW, items=count,
        )  # fmt: skip
        return [
            exchange_repo.insert_incoming_item(
                conn,
                exchange_repo.IncomingItemRow(
                    package_id=package_id,
                    received_at=NOW,
                    source="Kontaktpolis Karin Berg",
                    sender_fingerprint="F",
                    kind="message" if attachment is None else "attachment",
                    text=f"Uppgift {n}",
                    title="" if attachment is None else "Foto.png",
                    attachment=attachment,
                ),
            )
            for n in range(count)
        ]


def _case(session: Session, title: str) -> int:
    case = session.save(m.Case(title, m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 10, 1)))
    assert case.id is not None
    return case.id


@pytest.fixture
def closed(session: Session) -> Iterator[VaultPaths]:
    yield session.vault.paths


def _reopened(paths: VaultPaths) -> Session:
    """Opening runs cipher_integrity_check and integrity_check: it refuses a damaged vault."""
    opened = Session.open(paths, PASSPHRASE, record_unlock=False)
    assert audit.verify(opened.vault.conn) == []
    assert vault_health.check(opened).ok
    return opened


def checked(paths: VaultPaths) -> None:
    """``kopingplan check``, as the coordinator would run it after a crash."""
    result = kopingplan(paths.folder, "check")
    assert result.returncode == 0, result
    assert "The vault is intact" in result.stdout


def _actions(session: Session, *names: str) -> list[Any]:
    return [row for row in audit.entries(session.vault.conn, limit=100_000) if row.action in names]


def test_killed_while_moving_incoming_items_each_move_is_whole_or_absent(
    session: Session,
) -> None:
    cases = [_case(session, "Ängen"), _case(session, "Skolgården")]
    items = _items(session, 4)
    paths = session.vault.paths
    session.close()
    chooser = random.Random(20261205)
    acknowledged = 0
    for run in range(6):
        child = Child("relink", paths, {"items": items, "cases": cases, "seed": run})
        child.read(1 + chooser.randint(0, 30))
        acknowledged += len(child.kill(chooser.random() * 0.05))
        with _reopened(paths) as opened:
            history = {i: exchange.link_history(opened, i) for i in items}
            rows = sum(len(changes) for changes in history.values())
            # One audit row per history row: neither is ever there without the other.
            assert len(_actions(opened, *LINK_ACTIONS)) == rows, run
            for item in exchange.incoming_items(opened, limit=100):
                changes = history[item.id]
                assert item.case_id == (changes[-1].to_case if changes else None), run
            # Every acknowledged move is kept; at most the one in flight at each kill more.
            assert acknowledged <= rows <= acknowledged + run + 1, run
    assert acknowledged > 6
    checked(paths)


@pytest.mark.parametrize("drive", ["links", "no links"])
def test_killed_while_saving_a_copy_leaves_a_whole_copy_or_none(
    session: Session, tmp_path: Path, drive: str
) -> None:
    """On a drive with hard links and on one without (a FAT USB stick, where the copy used
    to be written straight under its name)."""
    data = PNG + random.Random(5).randbytes(12 * 1024 * 1024)
    digest = hashlib.sha256(data).hexdigest()
    (item,) = _items(session, 1, attachment=data)
    paths = session.vault.paths
    session.close()
    out = tmp_path / "usb"
    out.mkdir()
    chooser = random.Random(17)
    for run in range(3 if drive == "links" else 2):
        # Each run in a folder of its own: the copies and leftovers of this run only.
        folder = out / str(run)
        folder.mkdir()
        # The first run is killed the moment its copy is in place; the others at random.
        arg = {"item": item, "out": str(folder), "drive": drive, "pause": run == 0}
        child = Child("copy", paths, arg)
        if run == 0:
            child.read_until("in place")
        else:
            child.read(1 + chooser.randint(0, 1))
        acknowledged = [line for line in child.kill(chooser.random() * 0.3) if line.isdigit()]
        names = sorted(p.name for p in folder.iterdir())
        copies = [n for n in names if n.startswith("kopia-")]
        left = [n for n in names if n not in copies]
        # A copy at its name is whole; a half-written one is only ever under a temporary name.
        for name in copies:
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, run
        assert all(n.startswith(".kopingplan-") and n.endswith(".tmp") for n in left), left
        assert len(left) <= 1, left
        assert {f"kopia-{k}.png" for k in acknowledged} <= set(copies), run
        with _reopened(paths) as opened:
            saved = len(_actions(opened, "incoming_items.save"))
        # Every copy under its name is in the log (the row is committed before the copy is
        # put there); a row without its copy can only be one killed between the two.
        total = sum(1 for _ in out.glob("*/kopia-*"))
        assert total <= saved <= total + run + 1, run
        if run == 0:
            assert copies == ["kopia-0.png"] and saved == 1
    checked(paths)


def test_killed_while_saving_organisations_each_keeps_its_profile(session: Session) -> None:
    """The organisation form's Save (issue 16) is the organisation and its content profile in
    one transaction: after any kill, each organisation has the profile saved with it."""
    from kopingplan.briefs import content_profiles as cp
    from kopingplan.services import content_profiles, registry

    kept = registry.save_organisation(
        session, m.Organisation("Växeln 0", m.OrganisationKind.POLICE), cp.PARTS[1:3]
    )
    paths = session.vault.paths
    session.close()
    chooser = random.Random(11)
    acknowledged: set[int] = set()
    for run in range(4):
        child = Child("organisation", paths, {"organisation": kept.id, "start": 1 + 1000 * run})
        child.read(1 + chooser.randint(0, 12))
        acknowledged |= {int(line.split()[0]) for line in child.kill(chooser.random() * 0.05)}
        with _reopened(paths) as opened:
            rows = registry.organisations(opened)
            made = {row.id for row in rows if row.name.startswith("Ny ")}
            assert acknowledged <= made, run
            for row in rows:
                if row.name.startswith("Ny "):
                    assert content_profiles.profile(opened, row.id) == frozenset(cp.PARTS[:1])
            (changed,) = [row for row in rows if row.id == kept.id]
            k = int(changed.name.split()[1])
            wanted = cp.PARTS[:1] if k % 2 else cp.PARTS[1:3]
            assert content_profiles.profile(opened, kept.id) == frozenset(wanted), (run, k)
            creates = _actions(opened, "organisations.create")
            assert len(creates) == len(made) + 1, run  # with the one made before the runs
    checked(paths)


def test_killed_while_importing_many_images_imports_all_or_none(session: Session) -> None:
    case_id = _case(session, "Ängen")
    paths = session.vault.paths
    session.close()
    count, size = 24, 1024 * 1024
    chooser = random.Random(3)
    imported: set[str] = set()
    for run in range(4):
        package_id = f"7f1c2a9e-0000-4000-8000-00000000000{run}"
        child = Child(
            "import",
            paths,
            {"case": case_id, "count": count, "size": size, "seed": run, "package": package_id},
        )
        child.read(2)  # ready, importing
        done = child.kill(chooser.random() * 0.8)
        with _reopened(paths) as opened:
            stored = exchange.incoming_items(opened, package_id=package_id, limit=1000)
            assert len(stored) in (0, count), (run, len(stored))
            if "imported" in done:
                assert len(stored) == count, run
            if stored:
                imported.add(package_id)
                assert all(i.case_id == case_id and len(i.attachment or b"") == size + 9
                           for i in stored)  # fmt: skip
            rows = _actions(opened, "exchange.import")
            assert sorted(r.details["package_id"] for r in rows) == sorted(imported), run
    checked(paths)
