"""Replacing files with a new set of brief copies: a failure on the way leaves every file that
was there as it was, and nothing new (the coordinator agreed to replace them by a whole set,
not to lose them to half of one)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import prepare

from kopingplan import errors, files
from kopingplan.services import brief_disclosures, briefs
from kopingplan.services.session import Session
from kopingplan.storage import audit

COPIES = 3


def _existing(folder: Path) -> dict[str, bytes]:
    """The coordinator's own files under the names the three copies will take, in ``folder``/out
    (the vault lives in ``folder``/vault in these tests)."""
    out = folder / "out"
    out.mkdir()
    kept = {f"pm-exemplar-{k}-av-{COPIES}.pdf": f"min fil {k}".encode() for k in (1, 2, 3)}
    for name, data in kept.items():
        (out / name).write_bytes(data)
    return kept


def _as_they_were(out: Path, kept: dict[str, bytes]) -> None:
    assert {p.name: p.read_bytes() for p in out.iterdir()} == kept  # no temporary name either


@pytest.fixture
def made(session: Session) -> tuple[Any, list[briefs.SignedCopy]]:
    prepared = prepare(session, cases=6)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    return brief, briefs.produce(session, brief, copies=COPIES)


def test_a_full_disk_at_the_third_copy_replaces_nothing(
    session: Session, made: tuple[Any, list[briefs.SignedCopy]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    brief, copies = made
    kept = _existing(tmp_path)
    real = files.output_after
    calls = []

    def third_fails(path: Any, data: bytes, **kwargs: Any) -> Any:
        calls.append(path)
        if len(calls) == COPIES:
            raise errors.DiskFull()
        return real(path, data, **kwargs)

    monkeypatch.setattr(files, "output_after", third_fails)
    with pytest.raises(errors.DiskFull):
        briefs.write(session, brief, copies, tmp_path / "out" / "pm.pdf", overwrite=True)
    _as_they_were(tmp_path / "out", kept)
    assert audit.entries(session.vault.conn, action="brief.create") == []


def test_a_failed_record_replaces_nothing(
    session: Session, made: tuple[Any, list[briefs.SignedCopy]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    brief, copies = made
    kept = _existing(tmp_path)

    def disk_full(*_args: Any, **_kwargs: Any) -> list[int]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(brief_disclosures, "record", disk_full)
    with pytest.raises(errors.DiskFull):
        briefs.write(session, brief, copies, tmp_path / "out" / "pm.pdf", overwrite=True)
    _as_they_were(tmp_path / "out", kept)
    assert audit.entries(session.vault.conn, action="brief.create") == []


def test_the_whole_set_replaces_the_files_once_recorded(
    session: Session, made: tuple[Any, list[briefs.SignedCopy]], tmp_path: Path
) -> None:
    brief, copies = made
    kept = _existing(tmp_path)
    paths = briefs.write(session, brief, copies, tmp_path / "out" / "pm.pdf", overwrite=True)
    assert [p.read_bytes() for p in paths] == [c.data for c in copies]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(kept)
    assert len(audit.entries(session.vault.conn, action="brief.create")) == 1
