"""The unlock dialog's view of the wait after repeated wrong passphrases.

The wait itself is kept beside the vault, in ``vault.attempts`` (storage/attempts.py), and is
enforced by every open of the vault in every program: the desktop app, each run of the command
line, several at once. This in-process throttle mirrors it for the dialog's countdown: a refused
try or a wrong passphrase tells it how long the record says to wait. It also keeps its own count
(same schedule), so a dialog slows down even where the record cannot be written.

Schedule (storage/attempts.py): the first three failures are free (typos, Caps Lock); then 1,
2, 4, 8 … seconds, capped at five minutes. A success clears the count. Nothing is ever wiped.

The clock is injected, so tests and the GUI's countdown need no sleeping here: the GUI asks
:meth:`UnlockThrottle.seconds_to_wait` and disables the unlock button until it reaches 0.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kopingplan import errors
from kopingplan.storage import attempts
from kopingplan.storage.attempts import FIRST_DELAY, FREE_ATTEMPTS, MAX_DELAY

T = TypeVar("T")

__all__ = ["FIRST_DELAY", "FREE_ATTEMPTS", "MAX_DELAY", "UnlockThrottle", "UnlockThrottled"]

UnlockThrottled = errors.UnlockThrottled  # raised by the record beside the vault, too


class UnlockThrottle:
    """Counts wrong secrets and says how long to wait before the next try. Thread-safe."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        free_attempts: int = FREE_ATTEMPTS,
        first_delay: float = FIRST_DELAY,
        max_delay: float = MAX_DELAY,
    ) -> None:
        self._clock = clock
        self._free = free_attempts
        self._first = first_delay
        self._max = max_delay
        self._failures = 0
        self._not_before = -math.inf
        self._lock = threading.Lock()

    @property
    def failures(self) -> int:
        return self._failures

    def delay_after(self, failures: int) -> float:
        """The wait imposed after ``failures`` consecutive wrong secrets."""
        if failures <= self._free:
            return 0.0
        exponent = min(failures - self._free - 1, 32)  # 2**32 s is far past any cap
        return float(min(self._max, self._first * 2**exponent))

    def seconds_to_wait(self) -> float:
        with self._lock:
            return max(0.0, self._not_before - self._clock())

    def check(self) -> None:
        """Raises :class:`UnlockThrottled` if the next try must wait; changes nothing."""
        remaining = self.seconds_to_wait()
        if remaining > 0:
            raise UnlockThrottled(seconds=math.ceil(remaining))

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            self._not_before = self._clock() + self.delay_after(self._failures)

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._not_before = -math.inf

    def attempt(self, unlock: Callable[[], T]) -> T:
        """Runs ``unlock`` if allowed now; a WrongPassphrase from it counts as a failure.

        Other errors (a missing key file, a vault in use) are not guesses and do not count.
        """
        self.check()
        try:
            result = unlock()
        except errors.WrongPassphrase as error:
            self.failed()
            self.wait_at_least(error.retry_after)
            raise
        except errors.UnlockThrottled as error:  # the record beside the vault says wait
            self.wait_at_least(float(error.params.get("seconds", 0)))
            raise
        self.succeeded()
        return result

    def wait_at_least(self, seconds: float) -> None:
        """Adopts a wait another program caused (the record beside the vault)."""
        if seconds > 0:
            with self._lock:
                self._not_before = max(self._not_before, self._clock() + seconds)


def recorded_wait(folder: Path) -> float:
    """Seconds the record beside the vault in ``folder`` asks the next try to wait (0 when
    none): a script's wrong guesses show in the unlock dialog before anyone types."""
    return attempts.read(folder).seconds_to_wait(attempts.clock())


_PROCESS_THROTTLE = UnlockThrottle()


def process_throttle() -> UnlockThrottle:
    """The one throttle of this program, shared by the unlock dialog and the command line."""
    return _PROCESS_THROTTLE
