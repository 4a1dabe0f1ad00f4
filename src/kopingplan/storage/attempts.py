"""The record of wrong passphrases beside the vault (``vault.attempts``), shared by every
program that opens it: the desktop app, each run of the command line, two at once.

Schedule: the first three wrong secrets in a row are free (typos, Caps Lock); after that each
try must wait 1, 2, 4, 8 … seconds, at most five minutes. A right secret clears the count.
The wait is never longer than the schedule says for the recorded count, even if the clock
was turned back, so the right passphrase is never kept out for more than five minutes.

How it holds up, honestly (the README's threat model says the same):

- Every try is counted *before* the key derivation starts and the file is synced, so killing
  the program mid-try does not save a guess from being counted. The file is locked while it is
  read and written (``flock``; ``msvcrt.locking`` on Windows), so two programs guessing at
  once share one count.
- A missing, emptied or garbled record is never read as "no wrong tries": the free tries count
  as used, so the next wrong one starts the wait, and the next unlock says that the record was
  lost (it goes into the audit log, and the command line prints it).
- What it cannot do: someone who can write to the vault folder can put back an earlier copy
  of the record or set the clock forward, and nothing without the passphrase can tell. Such a
  person can also copy the vault and guess offline without any wait; against that, only
  Argon2id's cost and the passphrase's strength protect. The record slows guessing through
  the program; it is not a lock.

Nothing here ever deletes or locks the vault itself: wiping after N tries would turn a
colleague's prank into the municipality's data loss.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kopingplan import errors

NAME = "vault.attempts"
FREE_ATTEMPTS = 3
FIRST_DELAY = 1.0
MAX_DELAY = 300.0
RECORD_BYTES = 128  # fixed size, rewritten in place: no new disk block after the first write

# Wall-clock seconds: the record must mean the same to the next program, after a restart too.
# Tests replace it.
clock: Callable[[], float] = time.time


def delay_after(
    failures: int,
    *,
    free_attempts: int = FREE_ATTEMPTS,
    first_delay: float = FIRST_DELAY,
    max_delay: float = MAX_DELAY,
) -> float:
    """The wait imposed after ``failures`` consecutive wrong secrets."""
    if failures <= free_attempts:
        return 0.0
    exponent = min(failures - free_attempts - 1, 32)  # 2**32 s is far past any cap
    return float(min(max_delay, first_delay * 2**exponent))


@dataclass(frozen=True)
class State:
    failures: int  # wrong tries since the last right one (a try under way counts already)
    not_before: float  # clock() before which the next try is refused
    lost: bool  # the record was missing or garbled since the last right try

    def seconds_to_wait(self, now: float) -> float:
        return max(0.0, min(self.not_before - now, delay_after(self.failures)))

    def encode(self) -> bytes:
        text = json.dumps(
            {"v": 1, "failures": self.failures, "not_before": self.not_before, "lost": self.lost},
            separators=(",", ":"),
        )
        return text.encode("ascii").ljust(RECORD_BYTES - 1) + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> State | None:
        try:
            found = json.loads(data.decode("ascii"))
            failures, not_before, lost = found["failures"], found["not_before"], found["lost"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
        if (
            found.get("v") != 1
            or not isinstance(failures, int)
            or isinstance(failures, bool)
            or not 0 <= failures < 2**31
            or not isinstance(not_before, (int, float))
            or not math.isfinite(not_before)
            or not isinstance(lost, bool)
        ):
            return None
        return cls(failures, float(not_before), lost)


UNKNOWN = State(FREE_ATTEMPTS, 0.0, True)  # the free tries count as used
CLEAR = State(0, 0.0, False)


@dataclass(frozen=True)
class Report:
    """What the next right try learns: wrong tries since the last one, and whether the record
    was lost in between (deleted, emptied, garbled; or this is its first use)."""

    failures: int
    lost: bool

    @property
    def noteworthy(self) -> bool:
        return self.failures > 0 or self.lost


def _disk_error(error: OSError, folder: Path) -> errors.KopingplanError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return errors.DiskFull()
    return errors.VaultReadOnly(path=str(folder))


# Never follow a link planted in the vault folder: the record would overwrite its target.
_FLAGS = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def _read_at_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)  # not os.pread: Windows has none
    return os.read(fd, RECORD_BYTES)


def _write_at_start(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _lock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


class Record:
    """The open, locked record during one try. Use :func:`attempt`."""

    def __init__(self, fd: int, folder: Path) -> None:
        self._fd = fd
        self._folder = folder
        self.state = State.decode(_read_at_start(fd)) or UNKNOWN

    def _write(self, state: State) -> None:
        try:
            _write_at_start(self._fd, state.encode())
        except OSError as error:
            raise _disk_error(error, self._folder) from None
        self.state = state

    def begin(self) -> None:
        """Refuses the try if it must wait, else counts it as wrong until proven right."""
        now = clock()
        if self.state.not_before - now > delay_after(self.state.failures):
            # The clock was turned back (or the record edited): the wait starts now, and is
            # never longer than the schedule's for the count.
            stated = now + delay_after(self.state.failures)
            self._write(State(self.state.failures, stated, self.state.lost))
        remaining = self.state.seconds_to_wait(now)
        if remaining > 0:
            raise errors.UnlockThrottled(seconds=math.ceil(remaining))
        failures = self.state.failures + 1
        self._write(State(failures, now + delay_after(failures), self.state.lost))

    def seconds_to_wait(self) -> float:
        return self.state.seconds_to_wait(clock())

    def succeeded(self, before: State) -> Report:
        # A lost record's assumed tries were never made here: only count the ones since.
        assumed = FREE_ATTEMPTS if before.lost else 0
        report = Report(max(0, before.failures - assumed), before.lost)
        self._write(CLEAR)
        return report


@contextlib.contextmanager
def attempt(folder: Path) -> Iterator[Record]:
    """Opens and locks ``folder/vault.attempts`` for one try (creating it, owner-only)."""
    path = Path(folder) / NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _FLAGS, 0o600)
    except OSError as error:
        raise _disk_error(error, Path(folder)) from None
    try:
        try:
            _lock(fd)
        except OSError:  # Windows gives up after ten seconds; another program is trying
            raise errors.VaultInUse() from None
        yield Record(fd, Path(folder))
    finally:
        os.close(fd)  # closing releases the lock


def read(folder: Path) -> State:
    """The record as it stands, without locking or changing it (for a countdown)."""
    try:
        with open(Path(folder) / NAME, "rb") as handle:
            return State.decode(handle.read(RECORD_BYTES)) or UNKNOWN
    except OSError:
        return UNKNOWN


def start(folder: Path) -> None:
    """A clear record for a new vault, so its first open does not report it lost."""
    path = Path(folder) / NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | _FLAGS, 0o600)
        try:
            _write_at_start(fd, CLEAR.encode())
        finally:
            os.close(fd)
    except OSError as error:
        raise _disk_error(error, Path(folder)) from None
