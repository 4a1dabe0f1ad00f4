"""Half-written files of an interrupted save (services/pending_outputs.py), on real SQLCipher
vaults: a save killed with SIGKILL after its temporary file exists leaves that plaintext file
beside the chosen name, and the next unlock (the program's sweep, or any command line verb)
removes it and logs that it did, by number, never by path. Only a regular file under the
program's temporary name is ever removed: a symbolic link, a folder or another file at a
recorded path is left alone. A recorded file whose folder is not there (a USB stick not in)
keeps its row and is named once. Saves that end normally, or fail, leave no row behind."""

from __future__ import annotations

import ast
import json
import os
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_check_damage import kopingplan
from test_crash_safety import killed_when_written

import attachment_samples as samples
from kopingplan import errors, files
from kopingplan.domain import model as m
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.services import attachments, pending_outputs
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage import pending_outputs as store
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

SRC = Path(files.__file__).parent

# Opens the vault, then saves a copy of an attachment and stops for good once the copy's
# plaintext is written under its temporary name (before it is put in place): to be killed there.
CHILD = textwrap.dedent("""
    import sys, time
    from kopingplan import files
    from kopingplan.services import attachments
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    folder, attachment_id, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    session = Session.open(VaultPaths(folder), sys.stdin.readline().rstrip("\\n"))

    def stop(*args, **kwargs):
        print("written", flush=True)
        time.sleep(60)

    files._link_new = stop
    attachments.save_copy(session, attachment_id, target)
""")


def _attachment(session: Session) -> tuple[int, bytes]:
    case = session.save(m.Case("Ärende", m.Level.INDIVIDUAL, m.Orientation.LEFT, date(2026, 11, 2)))
    assert case.id is not None
    data = samples.pdf(pages=1, text="Orosanmalan om Sven Svensson")
    stored = attachments.attach_bytes(session, AttachmentOwner.CASE, case.id, "oro.pdf", data)
    assert stored.id is not None
    return stored.id, data


def _killed_mid_save(paths: VaultPaths, attachment_id: int, target: Path) -> None:
    killed_when_written(CHILD, str(paths.folder), str(attachment_id), str(target))


@pytest.fixture
def killed(session: Session, tmp_path: Path) -> tuple[VaultPaths, Path, bytes]:
    """A vault whose copy of an attachment to ``usb/Sven Svensson.pdf`` was killed after its
    plaintext was written under the temporary name; the vault, the folder and the bytes."""
    attachment_id, data = _attachment(session)
    paths = session.vault.paths
    session.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    _killed_mid_save(paths, attachment_id, usb / "Sven Svensson.pdf")
    return paths, usb, data


def _rows(session: Session) -> list[store.PendingOutput]:
    with session.vault.read() as conn:
        return store.left_by_others(conn, "")


def _cleanups(session: Session) -> list[Any]:
    return audit.entries(session.vault.conn, action=pending_outputs.ACTION)


def _record(session: Session, path: Path, process: str = "an-earlier-run") -> None:
    """A row as a killed earlier run of the program leaves it."""
    with session.vault.transaction() as conn:
        store.add(conn, os.fsencode(path), process, "2026-12-05T17:00:00+00:00")


pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL, symbolic links")


def test_a_save_killed_mid_way_leaves_its_plaintext_and_the_next_unlock_removes_it(
    killed: tuple[VaultPaths, Path, bytes],
) -> None:
    paths, usb, data = killed
    # What the kill leaves: the copy's plaintext under the temporary name, nothing at its name.
    (left,) = usb.iterdir()
    assert files.is_temporary_name(left.name) and left.read_bytes() == data

    with Session.open(paths, PASSPHRASE) as opened:
        assert [os.fsdecode(row.path) for row in _rows(opened)] == [str(left)]
        swept = pending_outputs.sweep(opened)
        assert (swept.removed, swept.waiting, swept.unreachable) == (1, 0, ())
        assert list(usb.iterdir()) == [] and _rows(opened) == []
        (logged,) = _cleanups(opened)
        assert logged.details == {"removed": 1, "waiting": 0}  # a number, never the path
        assert "usb" not in json.dumps(logged.details) and audit.verify(opened.vault.conn) == []
        # Nothing left to do: the next sweep writes nothing.
        assert pending_outputs.sweep(opened) == pending_outputs.Sweep(0, 0, ())
        assert len(_cleanups(opened)) == 1


def test_the_command_line_sweeps_when_it_unlocks(killed: tuple[VaultPaths, Path, bytes]) -> None:
    paths, usb, _data = killed
    assert len(list(usb.iterdir())) == 1

    result = kopingplan(paths.folder, "attachments", "case:1")
    assert result.returncode == 0, result
    assert list(usb.iterdir()) == []
    with Session.open(paths, PASSPHRASE, record_unlock=False) as opened:
        assert len(_cleanups(opened)) == 1 and _rows(opened) == []


def test_a_link_a_folder_or_another_file_at_a_recorded_path_is_left_alone(
    session: Session, tmp_path: Path
) -> None:
    kept = tmp_path / "Sven Svensson.pdf"
    kept.write_bytes(b"the coordinator's own file")
    link = tmp_path / ".kopingplan-41-0123abcd.tmp"
    link.symlink_to(kept)
    folder = tmp_path / ".kopingplan-42-0123abcd.tmp"
    folder.mkdir()
    near = tmp_path / ".kopingplan-43-0123abcd.tmp.pdf"  # close to the pattern, not it
    near.write_bytes(b"x")
    for path in (link, folder, kept, near):
        _record(session, path)

    swept = pending_outputs.sweep(session)

    assert (swept.removed, swept.waiting, swept.unreachable) == (0, 0, ())
    assert link.is_symlink() and kept.read_bytes() == b"the coordinator's own file"
    assert folder.is_dir() and near.exists()
    assert _rows(session) == [] and _cleanups(session) == []  # not ours: the rows go


def test_a_file_in_a_folder_that_is_not_there_keeps_its_row_and_is_named_once(
    session: Session, tmp_path: Path
) -> None:
    stick = tmp_path / "USB-STICKA"
    waiting = stick / ".kopingplan-77-89abcdef.tmp"
    _record(session, waiting)

    first = pending_outputs.sweep(session)
    assert (first.removed, first.waiting, first.unreachable) == (0, 1, (str(waiting),))
    again = pending_outputs.sweep(session)
    assert (again.removed, again.waiting, again.unreachable) == (0, 1, ())  # told once
    assert len(_rows(session)) == 1 and _cleanups(session) == []

    stick.mkdir()  # the stick is in again, the half-written file on it
    waiting.write_bytes(b"%PDF-1.7 half")
    last = pending_outputs.sweep(session)
    assert (last.removed, last.waiting) == (1, 0)
    assert not waiting.exists() and _rows(session) == []
    assert [entry.details for entry in _cleanups(session)] == [{"removed": 1, "waiting": 0}]


def test_a_gone_file_drops_its_row_and_a_save_under_way_here_is_not_touched(
    session: Session, tmp_path: Path
) -> None:
    _record(session, tmp_path / ".kopingplan-5-00000000.tmp")  # killed before it was made
    mine = tmp_path / ".kopingplan-6-00000000.tmp"
    mine.write_bytes(b"being written by this program now")
    _record(session, mine, process=pending_outputs.PROCESS)

    assert pending_outputs.sweep(session) == pending_outputs.Sweep(0, 0, ())
    assert mine.exists()
    with session.vault.read() as conn:
        assert [os.fsdecode(r.path) for r in store.left_by_others(conn, "x")] == [str(mine)]


def test_a_save_records_its_temporary_file_before_making_it_and_leaves_no_row(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attachment_id, data = _attachment(session)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[list[str], list[str]]] = []
    real_link = files._link_new

    def watched(temporary: Path, path: Path) -> None:
        seen.append(([os.fsdecode(r.path) for r in _rows(session)], sorted(os.listdir(out))))
        real_link(temporary, path)

    monkeypatch.setattr(files, "_link_new", watched)
    monkeypatch.chdir(out)  # a name without a folder, as on the command line
    attachments.save_copy(session, attachment_id, "kopia.pdf")
    ((recorded, there),) = seen
    (temporary,) = recorded  # absolute: a later sweep may run from another folder
    assert Path(temporary).parent == out and Path(temporary).name in there
    assert (out / "kopia.pdf").read_bytes() == data
    assert os.listdir(out) == ["kopia.pdf"] and _rows(session) == []

    # A save refused after its file was written (a full disk at the commit) leaves no row
    # and no file either.
    def full(*args: Any, **kwargs: Any) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(attachments.audit, "append", full)
    with pytest.raises(errors.DiskFull):
        attachments.save_copy(session, attachment_id, out / "andra.pdf")
    assert os.listdir(out) == ["kopia.pdf"] and _rows(session) == []


def test_every_save_out_of_the_vault_passes_a_record() -> None:
    """Each call of files.output_after / files.write_output in src/ names its ``record``: a
    new save cannot forget it. A save through pending_outputs.recorded_output has one."""
    calls = []
    for source in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or source.name == "files.py":
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "recorded_output":
                calls.append((source.name, node.lineno, True))
            elif isinstance(node.func, ast.Attribute) and node.func.attr in (
                "output_after",
                "write_output",
            ):
                keywords = {k.arg for k in node.keywords}
                calls.append((source.name, node.lineno, "record" in keywords))
    assert len(calls) >= 7
    assert [call for call in calls if not call[2]] == []


def test_the_command_line_names_a_file_it_cannot_reach_once(
    session: Session, tmp_path: Path
) -> None:
    waiting = tmp_path / "USB-STICKA" / ".kopingplan-78-89abcdef.tmp"
    _record(session, waiting)
    paths = session.vault.paths
    session.close()

    first = kopingplan(paths.folder, "attachments", "case:1")
    assert first.stderr.count(str(waiting)) == 1, first
    assert "Note: 1 half-written file from an interrupted save could not be removed" in first.stderr
    again = kopingplan(paths.folder, "attachments", "case:1")
    assert str(waiting) not in again.stderr and "half-written" not in again.stderr
