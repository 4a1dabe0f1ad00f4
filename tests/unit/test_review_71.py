"""Review of the evening's change (helper 71), on real SQLCipher vaults: faults found in the
pending-outputs record and the rule that a day of what happened is not after today."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kopingplan import files
from kopingplan.domain import model as m
from kopingplan.services import pending_outputs, situation
from kopingplan.services.session import Session
from kopingplan.storage import pending_outputs as store
from kopingplan.storage.repositories import exchange as exchange_repo

NOW = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_leftover_saved_through_a_linked_folder_and_dot_dot_is_recorded_where_it_is(
    session: Session, tmp_path: Path
) -> None:
    """``link/../out`` is ``real/out`` on the disk when ``link`` points into ``real``; a
    record made by lexical normalisation named ``tmp/out`` instead, so the sweep found
    nothing there and dropped the row, and the plaintext stayed in ``real/out`` for good."""
    (tmp_path / "real" / "deep").mkdir(parents=True)
    (tmp_path / "real" / "out").mkdir()
    (tmp_path / "out").mkdir()  # the folder a lexical reading names: there, and empty
    (tmp_path / "link").symlink_to(tmp_path / "real" / "deep")
    target = tmp_path / "link" / ".." / "out" / "Sven Svensson.pdf"

    saving = files.output_after(target, b"plaintext", record=pending_outputs.recorder(session))
    saving.__enter__()  # written and recorded; the process is then killed (never exits)
    (left,) = (tmp_path / "real" / "out").iterdir()
    assert files.is_temporary_name(left.name)
    with session.vault.transaction() as conn:  # as an earlier run of the program left it
        conn.execute("UPDATE pending_outputs SET process = 'an-earlier-run'")
        (row,) = store.left_by_others(conn, pending_outputs.PROCESS)
    assert os.path.samefile(os.fsdecode(row.path), left)

    swept = pending_outputs.sweep(session)
    assert swept.removed == 1
    assert list((tmp_path / "real" / "out").iterdir()) == []


def _situation_item(session: Session, dated: str) -> int:
    with session.vault.transaction() as conn:
        exchange_repo.insert_imported_package(
            conn, package_id="p-71", content_sha256="ab" * 32, sender_fingerprint="F",
            created_at=NOW.isoformat(), imported_at=NOW, items=1,
        )  # fmt: skip
        return exchange_repo.insert_incoming_item(
            conn,
            exchange_repo.IncomingItemRow(
                package_id="p-71", received_at=NOW, source="Kontaktpolis Karin Berg",
                sender_fingerprint="F", kind="situation", text="Samling vid idrottsplatsen.",
                title="Idrottsplatsen", dated=dated, details={"orientation": "right"},
            ),
        )  # fmt: skip


def test_a_police_item_dated_after_today_can_still_be_taken_into_the_lagesbild(
    session: Session,
) -> None:
    """The sender's day comes from another machine (its clock, its time zone, or a day the
    police give for what is coming); the coordinator cannot change it before taking the item,
    so refusing it left the item out of the lägesbild for good. It is taken in as seen today;
    the item keeps the sender's day."""
    tomorrow = date.today() + timedelta(days=1)
    item_id = _situation_item(session, tomorrow.isoformat())
    entry = situation.take_incoming(session, item_id, m.Reliability.PROBABLE)
    stored = session.get(m.SituationEntry, int(entry.id or 0))
    assert stored.observed_on == date.today()
    assert situation.taken_items(session, [item_id]) == {item_id: entry.id}
    # A day before today is kept as the sender gave it.
    assert (
        situation.entry_from_item("S", "2026-10-20", "T", "x", {}, m.Reliability.UNKNOWN)
    ).observed_on == date(2026, 10, 20)


@pytest.mark.parametrize("fails", [False, True], ids=["placed", "refused"])
def test_the_record_outlives_the_folder_sync_that_makes_the_temporary_name_gone_for_good(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """A power cut after the record's removal has committed but before the folder is synced
    can bring the temporary name (the plaintext) back at the next start, with no record left
    to sweep it: the folder holding it must be synced while the record still stands, whether
    the file was placed or the save failed and removed it."""
    from kopingplan.storage import atomic

    rows_when_synced: list[int] = []

    def fsync_directory(directory: Path) -> None:
        count = session.vault.conn.execute("SELECT count(*) FROM pending_outputs").fetchone()
        rows_when_synced.append(int(count[0]))

    monkeypatch.setattr(atomic, "fsync_directory", fsync_directory)
    target = tmp_path / "Sven Svensson.pdf"
    record = pending_outputs.recorder(session)
    if fails:
        with pytest.raises(RuntimeError), files.output_after(target, b"x", record=record):
            raise RuntimeError("the log row could not be written")
        assert not target.exists()
    else:
        files.write_output(target, b"plaintext", record=record)
        assert target.read_bytes() == b"plaintext"
    assert [p.name for p in tmp_path.iterdir() if files.is_temporary_name(p.name)] == []
    assert rows_when_synced and rows_when_synced[0] == 1
    count = session.vault.conn.execute("SELECT count(*) FROM pending_outputs").fetchone()
    assert count[0] == 0


def test_the_sweep_syncs_the_folder_of_a_removed_leftover_before_it_drops_the_record(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for a save: a removal that a power cut could undo must be durable before the record
    that would sweep the file again goes."""
    from kopingplan.storage import atomic

    left = tmp_path / ".kopingplan-5-0123abcd.tmp"
    left.write_bytes(b"plaintext")
    with session.vault.transaction() as conn:
        store.add(conn, os.fsencode(left), "an-earlier-run", "2026-12-05T17:00:00+00:00")
    synced: list[tuple[Path, int]] = []

    def fsync_directory(directory: Path) -> None:
        count = session.vault.conn.execute("SELECT count(*) FROM pending_outputs").fetchone()
        synced.append((Path(directory), int(count[0])))

    monkeypatch.setattr(atomic, "fsync_directory", fsync_directory)
    assert pending_outputs.sweep(session).removed == 1
    assert not left.exists()
    assert synced == [(tmp_path, 1)]
    assert session.vault.conn.execute("SELECT count(*) FROM pending_outputs").fetchone()[0] == 0
